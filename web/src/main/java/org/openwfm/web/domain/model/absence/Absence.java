package org.openwfm.web.domain.model.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.openwfm.web.domain.model.agent.Agent;

/** An agent's absence with its code (e.g. SICK, VACATION) over whole days, both dates inclusive. */
@Entity
@Table(name = "absence")
public class Absence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "agent_id")
  private Agent agent;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(name = "date_from", nullable = false)
  private LocalDate dateFrom;

  @Column(name = "date_to", nullable = false)
  private LocalDate dateTo;

  @Version private long version;

  protected Absence() {}

  public Absence(Agent agent, String code, LocalDate dateFrom, LocalDate dateTo) {
    this.agent = Objects.requireNonNull(agent, "Absence agent is required.");
    this.code = Objects.requireNonNull(code, "Absence code is required.");
    this.dateFrom = Objects.requireNonNull(dateFrom, "Absence start date is required.");
    this.dateTo = Objects.requireNonNull(dateTo, "Absence end date is required.");
    if (dateTo.isBefore(dateFrom)) {
      throw new IllegalArgumentException("Absence end date " + dateTo + " is before its start " + dateFrom + ".");
    }
  }

  public Long getId() {
    return id;
  }

  public Agent getAgent() {
    return agent;
  }

  public String getCode() {
    return code;
  }

  public LocalDate getDateFrom() {
    return dateFrom;
  }

  public LocalDate getDateTo() {
    return dateTo;
  }

  public long getVersion() {
    return version;
  }
}
