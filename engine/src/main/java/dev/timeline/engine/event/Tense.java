package dev.timeline.engine.event;

/** Grammatical tense of an event's verb group ({@link #NONE} for nouns and infinitives). */
public enum Tense {
  NONE,
  PAST,
  PRESENT,
  FUTURE
}
