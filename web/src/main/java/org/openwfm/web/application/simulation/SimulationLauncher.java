package org.openwfm.web.application.simulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.openwfm.web.application.job.JobContext;
import org.openwfm.web.application.job.JobService;
import org.openwfm.web.domain.model.job.JobKind;

/**
 * Starts a simulation as a background job: the request is checked and the scenario built at once (so a bad
 * request is answered with its problem, not a failed job), then the replications run on the job's thread with
 * progress per replication, and the results are written in one transaction at the end. A stop request ends the run
 * after the current replication and writes nothing.
 */
@ApplicationScoped
public class SimulationLauncher {

  @Inject private SimulationService simulations;

  @Inject private JobService jobs;

  /**
   * Starts the simulation.
   *
   * @return the job's id; its result path is {@code /api/simulations/{id}}
   * @throws IllegalArgumentException naming the field when the request is invalid
   */
  public long start(SimulationRequest request, String user) {
    SimulationService.Prepared prepared = simulations.prepare(request);
    return jobs.submit(JobKind.SIMULATION, prepared.name(), user, context -> {
      SimulationOutcome outcome = SimulationRunner.run(prepared.model(), prepared.replications(), prepared.seed(),
          progress(context));
      context.progress(1, "Writing " + outcome.intervals().size() + " intervals");
      long id = simulations.store(prepared, outcome, user);
      context.progress(1, summary(outcome));
      return "/api/simulations/" + id;
    });
  }

  private static SimulationRunner.Progress progress(JobContext context) {
    return new SimulationRunner.Progress() {
      @Override
      public void replicationDone(int done, int total) {
        // Writing the results is quick next to the replications: they get 99% of the bar.
        context.progress(0.99 * done / total, "Replication " + done + " of " + total);
      }

      @Override
      public boolean cancelled() {
        return context.cancelRequested();
      }
    };
  }

  private static String summary(SimulationOutcome outcome) {
    SimulationOutcome.Measures total = outcome.total();
    return total.serviceLevel() == null
        ? "Done: nothing offered"
        : String.format(Locale.ROOT, "Done: service level %.1f%% ± %.1f", 100 * total.serviceLevel(),
            100 * (total.serviceLevelCi() == null ? 0 : total.serviceLevelCi()));
  }
}
