package org.openwfm.scheduling.curtois.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.openwfm.scheduling.curtois.ShiftType;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random moves that give one employee the same shift type, or days off, over a run of 1 to {@value
 * #MAX_LENGTH} days. Adding or removing a whole run at once keeps the minimum run lengths of worked
 * days and days off, which single-day changes would break on the way. Pinned days are left out.
 */
public class BlockChangeMoveFactory implements MoveIteratorFactory<CurtoisRoster, ReassignMove> {

  static final int MAX_LENGTH = 6;

  @Override
  public long getSize(ScoreDirector<CurtoisRoster> scoreDirector) {
    CurtoisRoster roster = scoreDirector.getWorkingSolution();
    return (long) roster.getEmployees().size()
        * roster.getHorizonDays()
        * MAX_LENGTH
        * (roster.getShiftTypes().size() + 1);
  }

  @Override
  public Iterator<ReassignMove> createOriginalMoveIterator(
      ScoreDirector<CurtoisRoster> scoreDirector) {
    throw new UnsupportedOperationException("Block changes are only selected at random.");
  }

  @Override
  public Iterator<ReassignMove> createRandomMoveIterator(
      ScoreDirector<CurtoisRoster> scoreDirector, Random random) {
    CurtoisRoster roster = scoreDirector.getWorkingSolution();
    RosterGrid grid = new RosterGrid(roster);
    List<ShiftType> shiftTypes = roster.getShiftTypes();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public ReassignMove next() {
        int employee = random.nextInt(grid.employees());
        int length = 1 + random.nextInt(Math.min(MAX_LENGTH, grid.days()));
        int start = random.nextInt(grid.days() - length + 1);
        int choice = random.nextInt(shiftTypes.size() + 1);
        ShiftType value = choice == shiftTypes.size() ? null : shiftTypes.get(choice);
        List<EmployeeDay> days = new ArrayList<>(length);
        for (int day = start; day < start + length; day++) {
          EmployeeDay employeeDay = grid.at(employee, day);
          if (!employeeDay.isPinned()) {
            days.add(employeeDay);
          }
        }
        ShiftType[] values = new ShiftType[days.size()];
        Arrays.fill(values, value);
        return new ReassignMove(days.toArray(new EmployeeDay[0]), values);
      }
    };
  }
}
