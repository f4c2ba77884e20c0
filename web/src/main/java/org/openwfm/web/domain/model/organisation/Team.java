package org.openwfm.web.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A team of agents led together; it belongs to one site. */
@Entity
@Table(name = "team")
@NamedQuery(name = "Team.findAll", query = "SELECT t FROM Team t ORDER BY t.name")
public class Team {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "site_id")
  private Site site;

  @Version private long version;

  protected Team() {}

  public Team(String code, String name, Site site) {
    this.code = Objects.requireNonNull(code, "Team code is required.");
    this.name = Objects.requireNonNull(name, "Team name is required.");
    this.site = Objects.requireNonNull(site, "Team site is required.");
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Site getSite() {
    return site;
  }

  public long getVersion() {
    return version;
  }
}
