package org.openwfm.web.application.requirement;

import java.util.ArrayList;
import java.util.List;
import org.openwfm.web.domain.model.queue.Channel;

/**
 * Checks a targets edit against what the staffing engine can meet and what makes sense for the queue's channel.
 * Every problem names the JSON field, the accepted range and the value given; all problems are reported at once.
 */
public final class TargetValidation {

  /** Longest acceptable wait, ASA or patience: a day. */
  static final int MAX_SECONDS = 86_400;

  /** Most chat sessions an agent may hold at once. */
  static final int MAX_CONCURRENCY = 10;

  /** Longest e-mail deadline: a week. */
  static final int MAX_DEADLINE_MINUTES = 7 * 24 * 60;

  /** Highest shrinkage accepted: beyond it, gross staffing would be ten times the net. */
  static final double MAX_SHRINKAGE = 0.9;

  private TargetValidation() {}

  /** The problems of {@code edit} for a queue of {@code channel}; empty when it is valid. */
  public static List<FieldProblem> problems(Channel channel, TargetEdit edit) {
    List<FieldProblem> problems = new ArrayList<>();
    boolean realTime = channel.isRealTime();
    if (edit.version() == null) {
      problems.add(new FieldProblem("version", "required: the targets version that was read (0 if never saved)"));
    }
    if (edit.queueVersion() == null) {
      problems.add(new FieldProblem("queueVersion", "required: the queue version that was read"));
    }
    Double sl = edit.serviceLevelTarget();
    if (sl == null) {
      problems.add(new FieldProblem("serviceLevelTarget", "required, a share such as 0.8"));
    } else if (realTime && !(sl > 0 && sl < 1)) {
      problems.add(new FieldProblem("serviceLevelTarget",
          "must be above 0 and below 1 (e.g. 0.8; no staffing answers every call in time), got " + sl));
    } else if (!realTime && !(sl > 0 && sl <= 1)) {
      problems.add(new FieldProblem("serviceLevelTarget", "must be above 0 and at most 1 (e.g. 0.9), got " + sl));
    }
    Integer threshold = edit.serviceLevelThresholdSeconds();
    if (threshold == null) {
      problems.add(new FieldProblem("serviceLevelThresholdSeconds", "required, seconds such as 20"));
    } else if (threshold < 0 || threshold > MAX_SECONDS) {
      problems.add(new FieldProblem("serviceLevelThresholdSeconds",
          "must be 0 to " + MAX_SECONDS + " seconds, got " + threshold));
    }
    positiveSeconds(problems, "asaSeconds", edit.asaSeconds());
    positiveSeconds(problems, "patienceSeconds", edit.patienceSeconds());
    Double abandon = edit.maxAbandonRate();
    if (abandon != null) {
      if (!realTime) {
        problems.add(new FieldProblem("maxAbandonRate",
            "applies to voice, chat and callback queues only; " + channel + " contacts do not abandon"));
      } else if (!(abandon > 0 && abandon < 1)) {
        problems.add(new FieldProblem("maxAbandonRate", "must be above 0 and below 1 (e.g. 0.05), got " + abandon));
      } else if (edit.patienceSeconds() == null) {
        problems.add(new FieldProblem("maxAbandonRate",
            "needs patienceSeconds: abandonment is computed from the customers' patience (Erlang A)"));
      }
    }
    if (!realTime && edit.patienceSeconds() != null) {
      problems.add(new FieldProblem("patienceSeconds", channel + " contacts do not abandon; leave it empty"));
    }
    Double occupancy = edit.maxOccupancy();
    if (occupancy != null && !(occupancy > 0 && occupancy <= 1)) {
      problems.add(new FieldProblem("maxOccupancy", "must be above 0 and at most 1 (e.g. 0.85), got " + occupancy));
    }
    Integer concurrency = edit.concurrency();
    if (concurrency != null) {
      if (channel != Channel.CHAT) {
        problems.add(new FieldProblem("concurrency",
            "applies to chat queues only; a " + channel + " agent handles one contact at a time"));
      } else if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
        problems.add(new FieldProblem("concurrency",
            "must be a whole number of sessions from 1 to " + MAX_CONCURRENCY + ", got " + concurrency));
      }
    }
    Integer deadline = edit.deadlineMinutes();
    if (deadline != null) {
      if (realTime) {
        problems.add(new FieldProblem("deadlineMinutes",
            "applies to e-mail, SMS and social queues only; " + channel + " uses the service level"));
      } else if (deadline < 1 || deadline > MAX_DEADLINE_MINUTES) {
        problems.add(new FieldProblem("deadlineMinutes",
            "must be 1 to " + MAX_DEADLINE_MINUTES + " minutes (a week), got " + deadline));
      }
    }
    Double shrinkage = edit.shrinkage();
    if (shrinkage != null && !(shrinkage >= 0 && shrinkage <= MAX_SHRINKAGE)) {
      problems.add(new FieldProblem("shrinkage",
          "must be 0 to " + MAX_SHRINKAGE + " (a share of paid time, e.g. 0.3), got " + shrinkage));
    }
    return problems;
  }

  private static void positiveSeconds(List<FieldProblem> problems, String field, Double value) {
    if (value != null && !(value > 0 && value <= MAX_SECONDS)) {
      problems.add(new FieldProblem(field, "must be above 0 and at most " + MAX_SECONDS + " seconds, got " + value));
    }
  }
}
