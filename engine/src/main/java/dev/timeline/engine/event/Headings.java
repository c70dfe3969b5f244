package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Title-case lines without final punctuation ("Russia Considers Joining the Fight Against
 * ISIS") are headings: they repeat the story and the tagger reads them poorly, so they give no
 * events. A heading stands on its own line: a "sentence" the splitter cut inside a line after an
 * abbreviation ("Coastal Holdings Inc. | said it agreed to be acquired by Ridgeway
 * Partners Corp. | for stock ...") is running text, however many names it holds.
 */
final class Headings {
  private static final Set<String> FINAL = Set.of(".", "!", "?", "''", "\"", "\u201D", ")");

  private Headings() {}

  /** Whether the sentence of {@code tokens}, ending at {@code end} in {@code text}, is a heading. */
  static boolean isHeading(List<Token> tokens, String text, int end) {
    if (FINAL.contains(tokens.get(tokens.size() - 1).text()) || !lineEndsAt(text, end)) {
      return false;
    }
    int words = 0;
    int capitalized = 0;
    for (Token t : tokens) {
      String w = t.text();
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && w.length() > 3) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalized++;
        }
      }
    }
    return words >= 2 && capitalized * 10 >= words * 6;
  }

  /** Only blanks stand between {@code end} and the next line break or the end of the text. */
  private static boolean lineEndsAt(String text, int end) {
    for (int i = end; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
