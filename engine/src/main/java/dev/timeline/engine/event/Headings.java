package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Title-case lines without final punctuation ("Russia Considers Joining the Fight Against
 * ISIS") are headings: they repeat the story and the tagger reads them poorly, so they give no
 * events.
 */
final class Headings {
  private static final Set<String> FINAL = Set.of(".", "!", "?", "''", "\"", "\u201D", ")");

  private Headings() {}

  static boolean isHeading(List<Token> tokens) {
    if (FINAL.contains(tokens.get(tokens.size() - 1).text())) {
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
}
