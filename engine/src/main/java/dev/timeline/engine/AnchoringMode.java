package dev.timeline.engine;

/** The reference time relative expressions are resolved against. */
public enum AnchoringMode {
  /** Against the publication date: "yesterday" is the day before publication. */
  NEWS,
  /** Against the last mentioned date of fitting granularity, as history and biography need. */
  NARRATIVE
}
