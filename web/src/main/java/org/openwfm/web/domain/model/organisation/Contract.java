package org.openwfm.web.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * An employment contract: the working-time rules the scheduler must respect for every agent on it (weekly
 * hours, consecutive working days, rest between shifts).
 */
@Entity
@Table(name = "contract")
@NamedQuery(name = "Contract.findAll", query = "SELECT c FROM Contract c ORDER BY c.name")
public class Contract {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "min_hours_per_week", nullable = false)
  private int minHoursPerWeek;

  @Column(name = "max_hours_per_week", nullable = false)
  private int maxHoursPerWeek;

  @Column(name = "max_consecutive_days", nullable = false)
  private int maxConsecutiveDays;

  @Column(name = "min_rest_hours", nullable = false)
  private int minRestHours;

  @Version private long version;

  protected Contract() {}

  public Contract(
      String code,
      String name,
      int minHoursPerWeek,
      int maxHoursPerWeek,
      int maxConsecutiveDays,
      int minRestHours) {
    this.code = Objects.requireNonNull(code, "Contract code is required.");
    this.name = Objects.requireNonNull(name, "Contract name is required.");
    if (minHoursPerWeek < 0 || maxHoursPerWeek < minHoursPerWeek || maxHoursPerWeek > 168) {
      throw new IllegalArgumentException(
          "Contract hours per week must satisfy 0 <= min <= max <= 168, were "
              + minHoursPerWeek
              + " and "
              + maxHoursPerWeek
              + ".");
    }
    if (maxConsecutiveDays < 1 || maxConsecutiveDays > 14) {
      throw new IllegalArgumentException(
          "Maximum consecutive days must be 1 to 14, was " + maxConsecutiveDays + ".");
    }
    if (minRestHours < 0 || minRestHours > 24) {
      throw new IllegalArgumentException("Minimum rest must be 0 to 24 hours, was " + minRestHours + ".");
    }
    this.minHoursPerWeek = minHoursPerWeek;
    this.maxHoursPerWeek = maxHoursPerWeek;
    this.maxConsecutiveDays = maxConsecutiveDays;
    this.minRestHours = minRestHours;
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

  public int getMinHoursPerWeek() {
    return minHoursPerWeek;
  }

  public int getMaxHoursPerWeek() {
    return maxHoursPerWeek;
  }

  public int getMaxConsecutiveDays() {
    return maxConsecutiveDays;
  }

  public int getMinRestHours() {
    return minRestHours;
  }

  public long getVersion() {
    return version;
  }
}
