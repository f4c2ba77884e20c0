package org.openwfm.scheduling.curtois.solver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.openwfm.scheduling.curtois.ShiftType;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random moves that swap what two employees do over the same run of 1 to {@value #MAX_LENGTH} days.
 * Cover stays the same, so the search can fix one employee's contract by trading work with another
 * without paying for under-cover on the way. Days pinned for either employee are left out.
 */
public class BlockSwapMoveFactory implements MoveIteratorFactory<CurtoisRoster, ReassignMove> {

  static final int MAX_LENGTH = 7;

  @Override
  public long getSize(ScoreDirector<CurtoisRoster> scoreDirector) {
    CurtoisRoster roster = scoreDirector.getWorkingSolution();
    long employees = roster.getEmployees().size();
    return employees * (employees - 1) / 2 * roster.getHorizonDays() * MAX_LENGTH;
  }

  @Override
  public Iterator<ReassignMove> createOriginalMoveIterator(
      ScoreDirector<CurtoisRoster> scoreDirector) {
    throw new UnsupportedOperationException("Block swaps are only selected at random.");
  }

  @Override
  public Iterator<ReassignMove> createRandomMoveIterator(
      ScoreDirector<CurtoisRoster> scoreDirector, Random random) {
    RosterGrid grid = new RosterGrid(scoreDirector.getWorkingSolution());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return grid.employees() > 1;
      }

      @Override
      public ReassignMove next() {
        int first = random.nextInt(grid.employees());
        int second = random.nextInt(grid.employees() - 1);
        if (second >= first) {
          second++;
        }
        int length = 1 + random.nextInt(Math.min(MAX_LENGTH, grid.days()));
        int start = random.nextInt(grid.days() - length + 1);
        List<EmployeeDay> days = new ArrayList<>(2 * length);
        List<ShiftType> values = new ArrayList<>(2 * length);
        for (int day = start; day < start + length; day++) {
          EmployeeDay a = grid.at(first, day);
          EmployeeDay b = grid.at(second, day);
          if (!a.isPinned() && !b.isPinned() && a.getShiftType() != b.getShiftType()) {
            days.add(a);
            values.add(b.getShiftType());
            days.add(b);
            values.add(a.getShiftType());
          }
        }
        return new ReassignMove(days.toArray(new EmployeeDay[0]), values.toArray(new ShiftType[0]));
      }
    };
  }
}
