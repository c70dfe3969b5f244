package dev.timeline.engine.text;

/** Text on one line for display: headlines, sentences quoted in reports. */
public final class Whitespace {
  private Whitespace() {}

  /**
   * Runs of whitespace (line breaks included, as token texts and sentences may hold them) become
   * one space; none is kept at either end.
   */
  public static String collapse(CharSequence s) {
    if (collapsed(s)) {
      return s.toString();
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /** No whitespace at either end, and only single spaces inside. */
  private static boolean collapsed(CharSequence s) {
    boolean space = true; // at the start, as after a space: a leading space is not collapsed
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' && !space) {
        space = true;
      } else if (Character.isWhitespace(c)) {
        return false;
      } else {
        space = false;
      }
    }
    return !space || s.length() == 0;
  }
}
