package dev.timeline.engine.temporal;

/**
 * {@code String.format("%0<width>d", value)} for TIMEX3 values without parsing a format string
 * for every value written, and always in ASCII digits whatever the default locale.
 */
final class ZeroPad {
  private ZeroPad() {}

  static String of(int value, int width) {
    if (value < 0) {
      return String.format(java.util.Locale.ROOT, "%0" + width + "d", value); // BC: its sign rules
    }
    String digits = Integer.toString(value);
    if (digits.length() >= width) {
      return digits;
    }
    return "0".repeat(width - digits.length()) + digits;
  }
}
