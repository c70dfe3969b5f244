package dev.timeline.engine.temporal;

/** TimeML TIMEX3 {@code mod} values; {@link #NONE} when absent. */
public enum TimexModifier {
  NONE,
  START,
  MID,
  END,
  APPROX,
  BEFORE,
  AFTER,
  ON_OR_BEFORE,
  ON_OR_AFTER,
  LESS_THAN,
  MORE_THAN,
  EQUAL_OR_LESS,
  EQUAL_OR_MORE;

  /** The TimeML attribute spelling, or null for {@link #NONE}. */
  public String timeml() {
    return this == NONE ? null : name();
  }
}
