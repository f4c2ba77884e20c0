package org.openwfm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code java -jar cli/target/wfm.jar}. Each engine task is a subcommand class of its own;
 * register it in {@link #SUBCOMMANDS}.
 *
 * <p>Exit codes: 0 success, 1 the task failed on valid input, 2 bad arguments or bad input file (one line on
 * standard error naming the argument, file, line or field and what was expected).
 */
@Command(
    name = "wfm",
    mixinStandardHelpOptions = true,
    version = "OpenWFM 0.1.0",
    description = "Workforce management for contact centres: forecast, staff, simulate, schedule.")
public final class Wfm implements Runnable {

  /** The subcommands, one class each. */
  static final Object[] SUBCOMMANDS = {
    ErlangCommand.class,
    StaffCommand.class,
    ForecastCommand.class,
    SimulateCommand.class,
    ScheduleCommand.class,
    RosterCommand.class
  };

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code instead of exiting, so tests can call it. */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Wfm());
    for (Object subcommand : SUBCOMMANDS) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine.setParameterExceptionHandler(Wfm::reportBadArguments);
    commandLine.setExecutionExceptionHandler(Wfm::reportFailure);
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  private static int reportBadArguments(CommandLine.ParameterException e, String[] args) {
    e.getCommandLine().getErr().println("wfm: " + e.getMessage());
    return 2;
  }

  private static int reportFailure(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    if (e instanceof IllegalArgumentException) {
      commandLine.getErr().println("wfm: " + e.getMessage());
      return 2;
    }
    commandLine.getErr().println("wfm: " + e);
    return 1;
  }
}
