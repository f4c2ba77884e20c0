package org.openwfm.scheduling.curtois.solver;

import java.util.ArrayList;
import java.util.List;
import org.openwfm.scheduling.curtois.CoverRequirement;
import org.openwfm.scheduling.curtois.CurtoisInstance;
import org.openwfm.scheduling.curtois.Employee;
import org.openwfm.scheduling.curtois.ShiftOffRequest;
import org.openwfm.scheduling.curtois.ShiftOnRequest;
import org.openwfm.scheduling.curtois.ShiftType;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * The planning solution: an instance's facts, one {@link EmployeeDay} per employee and day, the
 * constraint weights and the score. With the default weights the soft score is minus the benchmark
 * objective.
 */
@PlanningSolution
public class CurtoisRoster {

  private int horizonDays;

  @ProblemFactCollectionProperty @ValueRangeProvider private List<ShiftType> shiftTypes;

  @ProblemFactCollectionProperty private List<Employee> employees;
  @ProblemFactCollectionProperty private List<ShiftOnRequest> shiftOnRequests;
  @ProblemFactCollectionProperty private List<ShiftOffRequest> shiftOffRequests;
  @ProblemFactCollectionProperty private List<CoverRequirement> coverRequirements;
  @PlanningEntityCollectionProperty private List<EmployeeDay> employeeDays;
  @ConstraintConfigurationProvider private CurtoisConstraintConfiguration constraintConfiguration;
  @PlanningScore private HardSoftScore score;

  /** For OptaPlanner's cloning. */
  public CurtoisRoster() {}

  /**
   * Creates an empty roster (everyone off) for {@code instance}; the instance's days off are
   * pinned.
   */
  public static CurtoisRoster unsolved(
      CurtoisInstance instance, CurtoisConstraintConfiguration configuration) {
    List<EmployeeDay> days = new ArrayList<>();
    for (Employee employee : instance.employees()) {
      for (int day = 0; day < instance.horizonDays(); day++) {
        days.add(new EmployeeDay(days.size(), employee, day, null, employee.isDayOff(day)));
      }
    }
    CurtoisRoster roster = new CurtoisRoster();
    roster.horizonDays = instance.horizonDays();
    roster.shiftTypes = instance.shiftTypes();
    roster.employees = instance.employees();
    roster.shiftOnRequests = instance.shiftOnRequests();
    roster.shiftOffRequests = instance.shiftOffRequests();
    roster.coverRequirements = instance.coverRequirements();
    roster.employeeDays = days;
    roster.constraintConfiguration = configuration;
    return roster;
  }

  public int getHorizonDays() {
    return horizonDays;
  }

  public List<ShiftType> getShiftTypes() {
    return shiftTypes;
  }

  public List<Employee> getEmployees() {
    return employees;
  }

  public List<ShiftOnRequest> getShiftOnRequests() {
    return shiftOnRequests;
  }

  public List<ShiftOffRequest> getShiftOffRequests() {
    return shiftOffRequests;
  }

  public List<CoverRequirement> getCoverRequirements() {
    return coverRequirements;
  }

  /**
   * Entities ordered by employee, then day: the entity of employee {@code e} and day {@code d} is
   * at {@code e * horizonDays + d}.
   */
  public List<EmployeeDay> getEmployeeDays() {
    return employeeDays;
  }

  public CurtoisConstraintConfiguration getConstraintConfiguration() {
    return constraintConfiguration;
  }

  public HardSoftScore getScore() {
    return score;
  }

  public void setScore(HardSoftScore score) {
    this.score = score;
  }
}
