package org.openwfm.web.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.openwfm.web.application.job.JobService;
import org.openwfm.web.infrastructure.persistence.SchemaMigration;

/**
 * Runs once when the application starts, before it serves requests: migrates the schema, marks jobs the
 * previous server left unfinished as failed, creates the first administrator if one is configured, then loads
 * demo data into an empty embedded database. A failure stops the application from starting rather than serving
 * a half-ready database.
 */
@ApplicationScoped
public class StartupSequence {

  private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

  @Inject private SchemaMigration schemaMigration;
  @Inject private FirstAdministrator firstAdministrator;
  @Inject private DemoDataLoader demoDataLoader;
  @Inject private JobService jobService;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    long started = System.nanoTime();
    schemaMigration.migrate();
    jobService.failUnfinished();
    firstAdministrator.createIfConfigured();
    demoDataLoader.loadIfWanted();
    LOG.info(() -> "OpenWFM started in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
  }
}
