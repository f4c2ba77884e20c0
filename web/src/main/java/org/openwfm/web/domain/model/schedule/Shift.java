package org.openwfm.web.domain.model.schedule;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openwfm.web.domain.model.agent.Agent;

/**
 * One agent's shift on one local day of the agent (its home time zone) within a schedule, with its breaks.
 * Times are UTC. A day without a shift row is a day off. Planners edit shifts by hand, so the version guards
 * concurrent edits; {@link #replaceTimes} replaces start, end, location and breaks as a whole.
 */
@Entity
@Table(name = "shift")
public class Shift {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "schedule_id", nullable = false)
  private long scheduleId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "agent_id")
  private Agent agent;

  @Column(name = "shift_day", nullable = false)
  private LocalDate day;

  @Column(name = "start_utc", nullable = false)
  private LocalDateTime startUtc;

  @Column(name = "end_utc", nullable = false)
  private LocalDateTime endUtc;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ShiftLocation location;

  @Column(name = "edited_by", length = 60)
  private String editedBy;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "shift_break", joinColumns = @JoinColumn(name = "shift_id"))
  private List<ShiftBreak> breaks = new ArrayList<>();

  @Version private long version;

  protected Shift() {}

  public Shift(
      long scheduleId,
      Agent agent,
      LocalDate day,
      LocalDateTime startUtc,
      LocalDateTime endUtc,
      ShiftLocation location,
      List<ShiftBreak> breaks) {
    this.scheduleId = scheduleId;
    this.agent = Objects.requireNonNull(agent, "Shift agent is required.");
    this.day = Objects.requireNonNull(day, "Shift day is required.");
    replaceTimes(startUtc, endUtc, location, breaks);
  }

  /** Moves the shift and replaces its breaks (breaks must lie inside the shift). */
  public void replaceTimes(
      LocalDateTime newStartUtc, LocalDateTime newEndUtc, ShiftLocation newLocation, List<ShiftBreak> newBreaks) {
    Objects.requireNonNull(newStartUtc, "Shift start is required.");
    Objects.requireNonNull(newEndUtc, "Shift end is required.");
    if (!newEndUtc.isAfter(newStartUtc)) {
      throw new IllegalArgumentException("A shift must end after it starts.");
    }
    for (ShiftBreak b : newBreaks) {
      if (b.getStartUtc().isBefore(newStartUtc) || b.getEndUtc().isAfter(newEndUtc)) {
        throw new IllegalArgumentException("A break must lie inside its shift.");
      }
    }
    this.startUtc = newStartUtc;
    this.endUtc = newEndUtc;
    this.location = Objects.requireNonNull(newLocation, "Shift location is required.");
    this.breaks.clear();
    this.breaks.addAll(newBreaks);
  }

  /** Records who changed the shift by hand. */
  public void markEditedBy(String user) {
    this.editedBy = user;
  }

  public Long getId() {
    return id;
  }

  public long getScheduleId() {
    return scheduleId;
  }

  public Agent getAgent() {
    return agent;
  }

  public LocalDate getDay() {
    return day;
  }

  public LocalDateTime getStartUtc() {
    return startUtc;
  }

  public LocalDateTime getEndUtc() {
    return endUtc;
  }

  public ShiftLocation getLocation() {
    return location;
  }

  public String getEditedBy() {
    return editedBy;
  }

  /** Breaks and lunch in time order. */
  public List<ShiftBreak> getBreaks() {
    return breaks.stream().sorted(Comparator.comparing(ShiftBreak::getStartUtc)).toList();
  }

  public long getVersion() {
    return version;
  }
}
