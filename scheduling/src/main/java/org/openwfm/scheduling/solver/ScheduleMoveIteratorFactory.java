package org.openwfm.scheduling.solver;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openwfm.scheduling.domain.Agent;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.Location;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.domain.ShiftPattern;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.entity.descriptor.EntityDescriptor;
import org.optaplanner.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.optaplanner.core.impl.heuristic.selector.move.generic.ChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.SwapMove;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * Random moves that make sense for shift planning, so that local search does not waste its time on
 * random restarts of whole shifts: nudge a start by up to an hour, change the length, move a shift
 * to another day of the same agent and week (keeps weekly hours), exchange the shifts of two
 * agents on the same date, turn a day on or off, and move a hybrid agent between office and home.
 * Moves are OptaPlanner's generic change and swap moves, so undo and multithreading work as usual.
 * Pinned days are never moved.
 */
public final class ScheduleMoveIteratorFactory
    implements MoveIteratorFactory<Schedule, Move<Schedule>> {

  private static final int NUDGE_MINUTES = 60;

  /** Position of each agent's first day in the entity list, refreshed per phase. */
  private Map<Agent, Integer> firstDayIndex = new IdentityHashMap<>();

  @Override
  public void phaseStarted(ScoreDirector<Schedule> scoreDirector) {
    Map<Agent, Integer> index = new IdentityHashMap<>();
    List<AgentDay> days = scoreDirector.getWorkingSolution().getAgentDays();
    for (int i = 0; i < days.size(); i++) {
      index.putIfAbsent(days.get(i).getAgent(), i - days.get(i).getDayIndex());
    }
    firstDayIndex = index;
  }

  @Override
  public long getSize(ScoreDirector<Schedule> scoreDirector) {
    return (long) scoreDirector.getWorkingSolution().getAgentDays().size() * 64;
  }

  @Override
  public Iterator<Move<Schedule>> createOriginalMoveIterator(ScoreDirector<Schedule> director) {
    throw new UnsupportedOperationException("only random selection is supported");
  }

  @Override
  public Iterator<Move<Schedule>> createRandomMoveIterator(
      ScoreDirector<Schedule> director, Random random) {
    return new RandomIterator(director, random, firstDayIndex);
  }

  private static final class RandomIterator implements Iterator<Move<Schedule>> {
    private final List<AgentDay> days;
    private final int horizonDays;
    private final Random random;
    private final GenuineVariableDescriptor<Schedule> pattern;
    private final GenuineVariableDescriptor<Schedule> location;
    private final List<GenuineVariableDescriptor<Schedule>> both;
    private final Map<Agent, Integer> firstDayIndex;

    @SuppressWarnings("unchecked")
    RandomIterator(
        ScoreDirector<Schedule> director, Random random, Map<Agent, Integer> firstDayIndex) {
      this.firstDayIndex = firstDayIndex;
      Schedule schedule = director.getWorkingSolution();
      this.days = schedule.getAgentDays();
      this.horizonDays = schedule.getHorizon().days();
      this.random = random;
      EntityDescriptor<Schedule> entity =
          ((InnerScoreDirector<Schedule, ?>) director)
              .getSolutionDescriptor()
              .findEntityDescriptorOrFail(AgentDay.class);
      this.pattern = entity.getGenuineVariableDescriptor("pattern");
      this.location = entity.getGenuineVariableDescriptor("location");
      this.both = List.of(pattern, location);
    }

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public Move<Schedule> next() {
      for (int attempt = 0; attempt < 50; attempt++) {
        AgentDay day = days.get(random.nextInt(days.size()));
        if (day.isPinned() || day.getPatternRange().isEmpty()) {
          continue;
        }
        int kind = random.nextInt(100);
        Move<Schedule> move;
        if (kind < 40) {
          move = nudge(day);
        } else if (kind < 50) {
          move = changeLength(day);
        } else if (kind < 70) {
          move = swapWithinWeek(day);
        } else if (kind < 85) {
          move = swapWithOtherAgent(day);
        } else if (kind < 95) {
          move = toggle(day);
        } else {
          move = flipLocation(day);
        }
        if (move != null) {
          return move;
        }
      }
      AgentDay day = days.get(random.nextInt(days.size()));
      List<ShiftPattern> range = day.getPatternRange();
      return new ChangeMove<>(
          pattern, day, range.isEmpty() ? null : range.get(random.nextInt(range.size())));
    }

    private Move<Schedule> nudge(AgentDay day) {
      ShiftPattern current = day.getPattern();
      if (current == null) {
        return null;
      }
      List<ShiftPattern> near = new ArrayList<>();
      for (ShiftPattern p : day.getPatternRange()) {
        if (p.lengthMinutes() == current.lengthMinutes()
            && p.startMinute() != current.startMinute()
            && Math.abs(p.startMinute() - current.startMinute()) <= NUDGE_MINUTES) {
          near.add(p);
        }
      }
      return near.isEmpty() ? null : new ChangeMove<>(pattern, day, near.get(random.nextInt(near.size())));
    }

    private Move<Schedule> changeLength(AgentDay day) {
      ShiftPattern current = day.getPattern();
      if (current == null) {
        return null;
      }
      List<ShiftPattern> other = new ArrayList<>();
      for (ShiftPattern p : day.getPatternRange()) {
        if (p.lengthMinutes() != current.lengthMinutes()
            && Math.abs(p.startMinute() - current.startMinute()) <= 30) {
          other.add(p);
        }
      }
      return other.isEmpty()
          ? null
          : new ChangeMove<>(pattern, day, other.get(random.nextInt(other.size())));
    }

    private Move<Schedule> swapWithinWeek(AgentDay day) {
      Integer first = firstDayIndex.get(day.getAgent());
      if (first == null) {
        return null;
      }
      int weekStart = day.getWeekIndex() * 7;
      int other = weekStart + random.nextInt(Math.min(7, horizonDays - weekStart));
      if (other == day.getDayIndex()) {
        return null;
      }
      AgentDay partner = days.get(first + other);
      return swappable(day, partner) ? new SwapMove<>(both, day, partner) : null;
    }

    private Move<Schedule> swapWithOtherAgent(AgentDay day) {
      int agents = days.size() / horizonDays;
      AgentDay partner = days.get(random.nextInt(agents) * horizonDays + day.getDayIndex());
      if (partner == day || !partner.getDate().equals(day.getDate())) {
        return null;
      }
      return swappable(day, partner) ? new SwapMove<>(both, day, partner) : null;
    }

    private boolean swappable(AgentDay a, AgentDay b) {
      if (b.isPinned() || a.getAgent() == null || b.getAgent() == null) {
        return false;
      }
      if (a.getPattern() == null && b.getPattern() == null) {
        return false;
      }
      if (a.getPattern() != null && a.getPattern().equals(b.getPattern())
          && a.getLocation() == b.getLocation()) {
        return false;
      }
      return (a.getPattern() == null || b.getPatternRange().contains(a.getPattern()))
          && (b.getPattern() == null || a.getPatternRange().contains(b.getPattern()))
          && a.getLocationRange().contains(b.getLocation())
          && b.getLocationRange().contains(a.getLocation());
    }

    private Move<Schedule> toggle(AgentDay day) {
      if (day.getPattern() != null) {
        return new ChangeMove<>(pattern, day, null);
      }
      List<ShiftPattern> range = day.getPatternRange();
      return new ChangeMove<>(pattern, day, range.get(random.nextInt(range.size())));
    }

    private Move<Schedule> flipLocation(AgentDay day) {
      if (day.getPattern() == null || day.getLocationRange().size() < 2) {
        return null;
      }
      Location to = day.getLocation() == Location.OFFICE ? Location.HOME : Location.OFFICE;
      return new ChangeMove<>(location, day, to);
    }
  }
}
