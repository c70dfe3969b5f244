package dev.timeline.engine.text;

/** Text on one line for display: headlines, sentences quoted in reports. */
public final class Whitespace {
  private Whitespace() {}

  /**
   * Runs of whitespace (line breaks included, as token texts and sentences may hold them) become
   * one space; none is kept at either end.
   */
  public static String collapse(CharSequence s) {
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
}
