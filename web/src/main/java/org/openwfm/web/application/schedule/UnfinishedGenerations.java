package org.openwfm.web.application.schedule;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;

/**
 * At start-up, after the schema is migrated: a schedule still GENERATING lost its solver with the previous
 * server (its job is marked FAILED the same way), so it is marked FAILED and can be generated again.
 */
@ApplicationScoped
public class UnfinishedGenerations {

  private static final Logger LOG = Logger.getLogger(UnfinishedGenerations.class.getName());

  @Inject private ScheduleService schedules;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
      Object event) {
    int failed = schedules.failUnfinished();
    if (failed > 0) {
      LOG.info(() -> failed + " schedule(s) left generating by the previous server marked FAILED.");
    }
  }
}
