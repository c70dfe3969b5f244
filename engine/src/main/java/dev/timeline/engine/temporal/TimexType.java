package dev.timeline.engine.temporal;

/** TimeML TIMEX3 types. */
public enum TimexType {
  DATE,
  TIME,
  DURATION,
  SET
}
