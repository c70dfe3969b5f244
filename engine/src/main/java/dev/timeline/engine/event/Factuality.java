package dev.timeline.engine.event;

/** Whether the text says an event happened. */
public enum Factuality {
  /** Stated as fact. */
  ASSERTED,
  /** Attributed to a source ("X said the army withdrew"). */
  REPORTED,
  /** Possible, planned or conditional ("may join"). */
  HYPOTHETICAL,
  /** Said not to have happened. */
  NEGATED
}
