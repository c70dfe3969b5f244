package dev.timeline.engine.event;

/** How an event relates in time to an anchor (an expression or the publication date). */
public enum TemporalRelation {
  /** Within the anchor's time. */
  ON,
  /** Throughout the anchor's time. */
  DURING,
  BEFORE,
  AFTER,
  /** Holds at the anchor's time. */
  OVERLAP,
  /** Starts at the anchor's time ("since 2003"). */
  BEGINS,
  /** Ends at the anchor's time ("until 2007"). */
  ENDS
}
