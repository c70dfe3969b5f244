package dev.timeline.engine.temporal;

/** Precision of a calendar value, coarsest first. */
public enum Granularity {
  MILLENNIUM,
  CENTURY,
  DECADE,
  YEAR,
  HALF_YEAR,
  QUARTER,
  SEASON,
  MONTH,
  WEEK,
  DAY,
  PART_OF_DAY,
  HOUR,
  MINUTE,
  SECOND
}
