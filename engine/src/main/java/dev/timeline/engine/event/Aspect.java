package dev.timeline.engine.event;

/** Grammatical aspect of an event's verb group. */
public enum Aspect {
  NONE,
  PROGRESSIVE,
  PERFECTIVE,
  PERFECTIVE_PROGRESSIVE
}
