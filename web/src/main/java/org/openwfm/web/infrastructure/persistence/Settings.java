package org.openwfm.web.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Named application settings kept in the database (e.g. whether demo data was loaded). */
@ApplicationScoped
public class Settings {

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  /** The value of a setting, if set. */
  public Optional<String> get(String name) {
    List<?> rows =
        em.createNativeQuery("SELECT setting_value FROM app_setting WHERE name = ?1")
            .setParameter(1, name)
            .getResultList();
    return rows.stream().findFirst().map(Object::toString);
  }

  /**
   * Inserts a setting and returns true, or returns false when it exists already. The primary key makes this
   * an atomic claim: of several servers starting together only one wins (used to seed demo data once).
   */
  public boolean insertIfAbsent(String name, String value) {
    if (get(name).isPresent()) {
      return false;
    }
    em.createNativeQuery("INSERT INTO app_setting (name, setting_value) VALUES (?1, ?2)")
        .setParameter(1, name)
        .setParameter(2, value)
        .executeUpdate();
    return true;
  }
}
