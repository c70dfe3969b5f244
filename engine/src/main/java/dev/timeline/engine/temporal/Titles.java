package dev.timeline.engine.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names that look like times: a programme or paper titled with a relative phrase. A quoted phrase
 * whose every word is capitalised (a talk show called "Next Week") is a title; a capitalised
 * "Today" right after a capitalised word ("USA Today", "Radio Today") ends a name. Both are dropped.
 */
final class Titles {
  private static final Set<String> OPENING_QUOTES = Set.of("\"", "“", "``", "`", "‘");
  private static final Set<String> NAME_ENDINGS = Set.of("today", "tonight");

  private Titles() {}

  static List<Draft> drop(TokenSequence t, List<Draft> drafts) {
    List<Draft> out = null;
    for (int k = 0; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      boolean title = quotedTitle(t, d) || nameEnding(t, d);
      if (title && out == null) {
        out = new ArrayList<>(drafts.subList(0, k));
      }
      if (!title && out != null) {
        out.add(d);
      }
    }
    return out == null ? drafts : out;
  }

  /** A relative phrase of two or more capitalised words right after an opening quote. */
  private static boolean quotedTitle(TokenSequence t, Draft d) {
    if (d.relative == Draft.Relative.NONE || d.end - d.first < 2 || !OPENING_QUOTES.contains(t.lower(d.first - 1))) {
      return false;
    }
    for (int i = d.first; i < d.end; i++) {
      if (!t.isWord(i) || !t.capitalized(i)) {
        return false;
      }
    }
    return true;
  }

  /** "USA Today", "Radio Today": a capitalised "Today" right after a capitalised word. */
  private static boolean nameEnding(TokenSequence t, Draft d) {
    int k = d.first;
    return d.end == k + 1 && NAME_ENDINGS.contains(t.lower(k)) && t.capitalized(k) && t.isWord(k - 1)
        && t.capitalized(k - 1);
  }
}
