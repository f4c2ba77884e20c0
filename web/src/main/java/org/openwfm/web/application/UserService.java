package org.openwfm.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openwfm.web.domain.model.agent.Agent;
import org.openwfm.web.domain.model.user.User;

/** Users: who is logged in, their language, the list for administrators. */
@ApplicationScoped
@Transactional
public class UserService {

  /**
   * A user as pages show it.
   *
   * @param agentCode the linked agent's code, empty when the user is not an agent
   */
  public record UserSummary(String username, String displayName, String locale, Set<String> roles, boolean enabled,
      Optional<String> agentCode) {}

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  public Optional<UserSummary> find(String username) {
    return findEntity(username).map(UserService::summary);
  }

  public List<UserSummary> list() {
    return em.createNamedQuery("User.findAll", User.class).getResultList().stream().map(UserService::summary).toList();
  }

  /** Stores the user's preferred language (one of the portal's languages). */
  public void changeLocale(String username, String locale) {
    findEntity(username).ifPresent(user -> user.changeLocale(locale));
  }

  private Optional<User> findEntity(String username) {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  private static UserSummary summary(User user) {
    Set<String> roles = new TreeSet<>();
    user.getRoles().forEach(role -> roles.add(role.name()));
    return new UserSummary(user.getUsername(), user.getDisplayName(), user.getLocale(), roles, user.isEnabled(),
        user.getAgent().map(Agent::getCode));
  }
}
