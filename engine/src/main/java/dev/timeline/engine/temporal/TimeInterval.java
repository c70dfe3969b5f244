package dev.timeline.engine.temporal;

import java.time.LocalDateTime;
import java.util.Objects;

/** A half-open stretch of local time [begin, end). */
public record TimeInterval(LocalDateTime begin, LocalDateTime end) implements Comparable<TimeInterval> {
  public TimeInterval {
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(begin)) {
      throw new IllegalArgumentException("empty interval " + begin + " .. " + end);
    }
  }

  public boolean contains(TimeInterval other) {
    return !other.begin.isBefore(begin) && !other.end.isAfter(end);
  }

  @Override
  public int compareTo(TimeInterval o) {
    int c = begin.compareTo(o.begin);
    return c != 0 ? c : end.compareTo(o.end);
  }
}
