package dev.timeline.server;

/**
 * Caller-supplied values made safe to echo in error messages and logs: control characters become
 * spaces (no forged log lines) and long values are cut (a status message travels in a trailer,
 * and clients refuse oversized ones).
 */
final class Printable {
  static final int MAX_LENGTH = 40;

  private Printable() {}

  static String of(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_LENGTH + 1));
    int shown = 0;
    for (int i = 0; i < value.length() && shown < MAX_LENGTH; i++, shown++) {
      char c = value.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (value.length() > MAX_LENGTH) {
      // Never end on half a surrogate pair.
      if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
        out.setLength(out.length() - 1);
      }
      out.append('…');
    }
    return out.toString();
  }
}
