package org.openwfm.web.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.openwfm.web.domain.model.user.Role;
import org.openwfm.web.domain.model.user.User;
import org.openwfm.web.infrastructure.security.PasswordHasher;

/**
 * Makes the first administrator of a production database: when no user has the ADMIN role and the
 * environment variable {@code WFM_ADMIN_PASSWORD} is set, user {@code admin} is created with that password.
 * Once an administrator exists the variable is ignored, so it can stay set without resetting anything.
 */
@ApplicationScoped
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  @Inject private PasswordHasher passwordHasher;

  @Transactional
  public void createIfConfigured() {
    RuntimeOptions.adminPassword().ifPresent(password -> {
      long admins = em.createNamedQuery("User.countAdmins", Long.class)
          .setParameter("role", Role.ADMIN)
          .getSingleResult();
      if (admins == 0) {
        em.persist(new User("admin", passwordHasher.hash(password), "Administrator", "en", EnumSet.of(Role.ADMIN)));
        LOG.info("Created the first administrator 'admin' from WFM_ADMIN_PASSWORD.");
      }
    });
  }
}
