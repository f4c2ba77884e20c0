package org.openwfm.web.domain.model.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openwfm.web.domain.model.agent.Agent;

/**
 * A person who logs in. The password is stored only as a PBKDF2 hash. A user with the AGENT role is linked
 * to the agent whose shifts they see.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.findByUsername", query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = "User.findAll", query = "SELECT u FROM User u ORDER BY u.username")
@NamedQuery(name = "User.countAdmins", query = "SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r = :role")
public class User {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 60)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(nullable = false, length = 10)
  private String locale;

  @Column(nullable = false)
  private boolean enabled;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "agent_id")
  private Agent agent;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private long version;

  protected User() {}

  public User(String username, String passwordHash, String displayName, String locale, Set<Role> roles) {
    if (username == null || !username.matches("[a-z0-9._-]{2,60}")) {
      throw new IllegalArgumentException(
          "User name must be 2 to 60 characters of a-z, 0-9, '.', '_' or '-', was '" + username + "'.");
    }
    this.username = username;
    this.passwordHash = Objects.requireNonNull(passwordHash, "Password hash is required.");
    this.displayName = Objects.requireNonNull(displayName, "Display name is required.");
    this.locale = Objects.requireNonNull(locale, "Locale is required.");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role.");
    }
    this.roles = EnumSet.copyOf(roles);
    this.enabled = true;
  }

  /** Links this user to the agent whose schedule they see. */
  public void linkAgent(Agent linkedAgent) {
    this.agent = linkedAgent;
  }

  public void changeLocale(String newLocale) {
    this.locale = Objects.requireNonNull(newLocale);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getLocale() {
    return locale;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Optional<Agent> getAgent() {
    return Optional.ofNullable(agent);
  }

  public Set<Role> getRoles() {
    return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
  }

  public long getVersion() {
    return version;
  }
}
