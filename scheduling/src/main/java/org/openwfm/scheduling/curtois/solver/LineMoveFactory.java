package org.openwfm.scheduling.curtois.solver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.openwfm.scheduling.curtois.CoverRequirement;
import org.openwfm.scheduling.curtois.Employee;
import org.openwfm.scheduling.curtois.ShiftOffRequest;
import org.openwfm.scheduling.curtois.ShiftOnRequest;
import org.openwfm.scheduling.curtois.ShiftType;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random moves that replace the whole line of one random employee by the cheapest line meeting all
 * of that employee's hard rules, the other employees staying as they are (see {@link LinePlanner}).
 * Ties between equally cheap lines are broken at random so that repeated moves wander across
 * plateaus instead of cycling.
 */
public class LineMoveFactory implements MoveIteratorFactory<CurtoisRoster, ReassignMove> {

  /** Costs are scaled by this so that random tie-breaking below it never changes the objective. */
  private static final long SCALE = 1L << 16;

  private static final int NOISE = 1 << 8;

  /** Most employees re-planned together by one move. */
  private static final int MAX_RUINED = 3;

  @Override
  public long getSize(ScoreDirector<CurtoisRoster> scoreDirector) {
    return scoreDirector.getWorkingSolution().getEmployees().size();
  }

  @Override
  public Iterator<ReassignMove> createOriginalMoveIterator(
      ScoreDirector<CurtoisRoster> scoreDirector) {
    throw new UnsupportedOperationException("Line moves are only selected at random.");
  }

  @Override
  public Iterator<ReassignMove> createRandomMoveIterator(
      ScoreDirector<CurtoisRoster> scoreDirector, Random random) {
    CurtoisRoster roster = scoreDirector.getWorkingSolution();
    RosterGrid grid = new RosterGrid(roster);
    List<LinePlanner> planners = new ArrayList<>();
    for (Employee employee : roster.getEmployees()) {
      planners.add(new LinePlanner(employee, grid.days(), roster.getShiftTypes()));
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public ReassignMove next() {
        int[] chosen = chooseEmployees(grid.employees(), random);
        int[][] cover = coverWithout(roster, grid, chosen);
        List<EmployeeDay> days = new ArrayList<>();
        List<ShiftType> values = new ArrayList<>();
        for (int employee : chosen) {
          long[][] cost = marginalCosts(roster, cover, employee, random);
          Optional<ShiftType[]> line = planners.get(employee).plan(cost);
          if (line.isEmpty()) {
            return new ReassignMove(new EmployeeDay[0], new ShiftType[0]);
          }
          for (int day = 0; day < grid.days(); day++) {
            ShiftType shiftType = line.get()[day];
            if (shiftType != null) {
              cover[day][shiftType.index()]++;
            }
            EmployeeDay employeeDay = grid.at(employee, day);
            if (!employeeDay.isPinned()) {
              days.add(employeeDay);
              values.add(shiftType);
            }
          }
        }
        return new ReassignMove(days.toArray(new EmployeeDay[0]), values.toArray(new ShiftType[0]));
      }
    };
  }

  /**
   * One employee most of the time (a best response); sometimes two or three, cleared together and
   * re-planned one after the other, which lets them trade work that a single best response keeps.
   */
  private int[] chooseEmployees(int employees, Random random) {
    int wanted =
        Math.min(employees, random.nextInt(4) == 0 ? 1 : 2 + random.nextInt(MAX_RUINED - 1));
    int[] chosen = new int[wanted];
    for (int i = 0; i < wanted; i++) {
      boolean fresh;
      do {
        chosen[i] = random.nextInt(employees);
        fresh = true;
        for (int j = 0; j < i; j++) {
          fresh &= chosen[j] != chosen[i];
        }
      } while (!fresh);
    }
    return chosen;
  }

  /** Employees working each day and shift type, leaving out {@code excluded}. */
  static int[][] coverWithout(CurtoisRoster roster, RosterGrid grid, int... excluded) {
    int[][] cover = new int[grid.days()][roster.getShiftTypes().size()];
    for (int e = 0; e < grid.employees(); e++) {
      boolean skip = false;
      for (int x : excluded) {
        skip |= x == e;
      }
      if (skip) {
        continue;
      }
      for (int day = 0; day < grid.days(); day++) {
        ShiftType shiftType = grid.at(e, day).getShiftType();
        if (shiftType != null) {
          cover[day][shiftType.index()]++;
        }
      }
    }
    return cover;
  }

  /**
   * {@code cost[day][option]}: the objective of the roster if the employee did {@code option} that
   * day, up to a constant, scaled by {@link #SCALE} with random tie-breaking noise added.
   */
  static long[][] marginalCosts(
      CurtoisRoster roster, int[][] others, int employeeIndex, Random random) {
    int types = roster.getShiftTypes().size();
    long[][] cost = new long[others.length][types + 1];
    for (CoverRequirement cover : roster.getCoverRequirements()) {
      int n = others[cover.day()][cover.shiftType().index()];
      cost[cover.day()][cover.shiftType().index()] += (cover.cost(n + 1) - cover.cost(n)) * SCALE;
    }
    Employee employee = roster.getEmployees().get(employeeIndex);
    for (ShiftOnRequest request : roster.getShiftOnRequests()) {
      if (request.employee() == employee) {
        for (int option = 0; option <= types; option++) {
          if (option != request.shiftType().index()) {
            cost[request.day()][option] += request.weight() * SCALE;
          }
        }
      }
    }
    for (ShiftOffRequest request : roster.getShiftOffRequests()) {
      if (request.employee() == employee) {
        cost[request.day()][request.shiftType().index()] += request.weight() * SCALE;
      }
    }
    for (long[] day : cost) {
      for (int option = 0; option <= types; option++) {
        day[option] += random.nextInt(NOISE);
      }
    }
    return cost;
  }
}
