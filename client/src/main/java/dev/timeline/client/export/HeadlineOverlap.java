package dev.timeline.client.export;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * When two articles' headlines for the same date tell the same event: their content words overlap.
 *
 * <p>Content words are runs of letters or digits, lower-cased, of three or more characters and
 * not in a short list of function words. Two headlines match when the words they share are at
 * least half of the shorter headline's words (overlap coefficient ≥ 0.5) and they share at least
 * two words (one only when both headlines have a single content word), so "Lavrov asked the
 * nations to comply" and "Russia's Lavrov asked nations to comply with UN statute" match while
 * "Russia changed its tune" and "Russia sent weapons" do not, nor does a bare noun ("The
 * airstrikes") with every longer headline that mentions it.
 */
public final class HeadlineOverlap {
  /** Share of the shorter headline's content words that the two must have in common. */
  public static final double MIN_OVERLAP = 0.5;
  /** Fewest shared content words for a match; one shared word is not enough. */
  public static final int MIN_SHARED = 2;

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "and", "for", "with", "that", "this", "from", "into", "its", "his", "her", "their",
      "was", "were", "are", "has", "had", "have", "been", "will", "would", "not", "but", "all",
      "who", "which", "about", "after", "before", "over", "than", "also", "said", "says");

  private HeadlineOverlap() {}

  /** Whether the two headlines tell the same event by the rule above. */
  public static boolean sameEvent(String a, String b) {
    Set<String> wa = contentWords(a);
    Set<String> wb = contentWords(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    Set<String> shared = new TreeSet<>(wa);
    shared.retainAll(wb);
    return shared.size() >= Math.min(MIN_SHARED, Math.max(wa.size(), wb.size()))
        && shared.size() >= MIN_OVERLAP * Math.min(wa.size(), wb.size());
  }

  /** The content words of a headline. */
  static Set<String> contentWords(String s) {
    Set<String> words = new TreeSet<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (c == '\'' || c == '’') {
        // "Russia's": keep the stem, drop the clitic.
        addWord(words, w);
        while (i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
          i++;
        }
      } else {
        addWord(words, w);
      }
    }
    return words;
  }

  private static void addWord(Set<String> words, StringBuilder w) {
    String word = w.toString().toLowerCase(Locale.ROOT);
    w.setLength(0);
    if (word.length() >= 3 && !FUNCTION_WORDS.contains(word)) {
      words.add(word);
    }
  }
}
