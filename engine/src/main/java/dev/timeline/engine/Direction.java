package dev.timeline.engine;

/** Which occurrence an underspecified date ("Sunday", "in May") resolves to. */
public enum Direction {
  /** Past tense picks the previous one, future the next, no tense the genre's default. */
  TENSE_AWARE,
  /** Always the previous occurrence (or the reference day itself). */
  PAST,
  /** Always the next occurrence (or the reference day itself). */
  FUTURE,
  /** The occurrence nearest the reference date. */
  NEAREST
}
