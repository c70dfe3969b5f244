package dev.timeline.client.export;

/**
 * Text shortened for a label or a table cell: on one line, cut at a word boundary, marked with an
 * ellipsis. A cut inside a word ("United Nations st…") reads as a typo, so the cut moves back to
 * the last space unless that would throw away more than half of what fits.
 */
public final class ShortText {
  private static final char ELLIPSIS = '…';

  private ShortText() {}

  /** {@code text} with its whitespace runs made single spaces, at most {@code max} characters. */
  public static String of(String text, int max) {
    if (max < 2) {
      throw new IllegalArgumentException("max must be at least 2: " + max);
    }
    String flat = flatten(text);
    if (flat.length() <= max) {
      return flat;
    }
    int cut = max - 1; // room for the ellipsis
    if (!Character.isWhitespace(flat.charAt(cut))) {
      int space = flat.lastIndexOf(' ', cut);
      if (space >= cut / 2) {
        cut = space;
      }
    }
    if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
      cut--; // never split a surrogate pair
    }
    return stripEnd(flat.substring(0, cut)) + ELLIPSIS;
  }

  private static String flatten(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Without trailing spaces and the punctuation that would sit oddly before an ellipsis. */
  private static String stripEnd(String s) {
    int end = s.length();
    while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || ",;:-–—(".indexOf(s.charAt(end - 1)) >= 0)) {
      end--;
    }
    return s.substring(0, end);
  }
}
