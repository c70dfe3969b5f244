package dev.timeline.engine.temporal;

/**
 * {@code String.format("%0<width>d", value)} for TIMEX3 values without parsing a format string
 * per call (the formatter was a tenth of resolution's time), always in ASCII digits.
 */
final class ZeroPad {
  private ZeroPad() {}

  static String of(int value, int width) {
    if (value < 0) {
      return String.format("%0" + width + "d", value); // BC years: the formatter's sign rules
    }
    String digits = Integer.toString(value);
    if (digits.length() >= width) {
      return digits;
    }
    return "0".repeat(width - digits.length()) + digits;
  }
}
