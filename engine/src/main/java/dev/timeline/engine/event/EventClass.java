package dev.timeline.engine.event;

/** TimeML event classes. */
public enum EventClass {
  OCCURRENCE,
  REPORTING,
  STATE,
  I_ACTION,
  I_STATE,
  ASPECTUAL,
  PERCEPTION
}
