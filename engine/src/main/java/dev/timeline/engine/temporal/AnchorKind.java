package dev.timeline.engine.temporal;

/** What a value was resolved against. */
public enum AnchorKind {
  /** Absolute expression ("September 14, 2014"); nothing needed. */
  ABSOLUTE,
  /** The publication date ("Sunday", "three years ago"). */
  PUBLICATION_DATE,
  /** An earlier expression in the text ("the next day", "that year"). */
  EARLIER_EXPRESSION,
  /** Nothing to resolve against; the value stays underspecified. */
  UNRESOLVED
}
