package dev.timeline.engine.text;

import dev.timeline.engine.RuleData;
import dev.timeline.engine.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Mends the sentence detector's boundaries around abbreviations. It cuts news sentences after
 * them ("Brightwater Corp. | said", "said Gen. | Ada Kerr", "the U.S. | Commerce Secretary"),
 * and a cut sentence loses its clause structure and the dates that anchor its events; and it
 * misses some real ends after them ("Marsh Engineering Co. Recently, critics"). The abbreviations,
 * which followers undo a cut after each kind, and the clause openers that force one are rule data
 * ({@code abbreviations.txt}).
 */
final class SentenceJoins {
  private enum Kind { MONTH, TITLE, DESIGNATOR, PLACE, CLOCK, OTHER, INITIALS }

  private enum Follower { LOWER, NAME, NUMBER, ZONE }

  /** Longest word looked at around a boundary; abbreviations are short. */
  private static final int MAX_WORD = 12;
  private static final Map<String, Kind> ABBREVIATIONS = new HashMap<>();
  private static final Map<Kind, Set<Follower>> JOINS = new EnumMap<>(Kind.class);
  private static final Set<String> OPENERS = new HashSet<>();
  private static final Set<String> ZONES = new HashSet<>();

  static {
    for (String line : RuleData.lines(SentenceJoins.class, "abbreviations.txt")) {
      String[] w = line.toLowerCase(Locale.ROOT).split("\\s+");
      List<String> rest = List.of(w).subList(1, w.length);
      switch (w[0]) {
        case "opener" -> OPENERS.addAll(rest);
        case "zone" -> ZONES.addAll(rest);
        case "join" -> {
          Set<Follower> followers = JOINS.computeIfAbsent(kind(w[1]), k -> EnumSet.noneOf(Follower.class));
          rest.subList(1, rest.size()).forEach(f -> followers.add(Follower.valueOf(f.toUpperCase(Locale.ROOT))));
        }
        default -> rest.forEach(a -> ABBREVIATIONS.put(a, kind(w[0])));
      }
    }
  }

  private SentenceJoins() {}

  private static Kind kind(String name) {
    return Kind.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** The sentences of {@code text} (spans in text order) with their boundaries mended. */
  static List<Span> mend(String text, List<Span> sentences) {
    List<Span> joined = new ArrayList<>(sentences.size());
    for (Span s : sentences) {
      int last = joined.size() - 1;
      if (last >= 0 && continues(text, joined.get(last), s)) {
        joined.set(last, new Span(joined.get(last).begin(), s.end()));
      } else {
        joined.add(s);
      }
    }
    List<Span> out = new ArrayList<>(joined.size());
    for (Span s : joined) {
      cut(text, s, out);
    }
    return out;
  }

  /** Whether {@code right} goes on the sentence {@code left}, cut after an abbreviation. */
  private static boolean continues(String text, Span left, Span right) {
    Kind kind = abbreviation(lastWord(text, left));
    if (kind == null) {
      return false;
    }
    int next = right.begin();
    while (next < right.end() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next == right.end()) {
      return false;
    }
    Set<Follower> joins = JOINS.getOrDefault(kind, Set.of());
    char c = text.charAt(next);
    String word = nextWord(text, next, right.end());
    return joins.contains(Follower.LOWER) && (Character.isLowerCase(c) || ",;:-)]}".indexOf(c) >= 0)
        || joins.contains(Follower.NUMBER) && Character.isDigit(c)
        || joins.contains(Follower.NAME) && !word.isEmpty() && !OPENERS.contains(word)
        || joins.contains(Follower.ZONE) && ZONES.contains(word);
  }

  /**
   * Adds {@code sentence} to {@code out}, cut where a clause opener follows an abbreviation, a
   * number or a quotation's end (".''"): ends the detector took for a sentence's middle.
   */
  private static void cut(String text, Span sentence, List<Span> out) {
    int begin = sentence.begin();
    for (int i = begin + 1; i + 1 < sentence.end(); i++) {
      if (Character.isWhitespace(text.charAt(i + 1)) && endsClause(text, begin, i)
          && (OPENERS.contains(nextWord(text, i + 1, sentence.end()))
              || endsDate(text, begin, i) && !nextWord(text, i + 1, sentence.end()).isEmpty())) {
        out.add(new Span(begin, i + 1));
        begin = i + 1;
        while (Character.isWhitespace(text.charAt(begin))) {
          begin++;
        }
      }
    }
    out.add(new Span(begin, sentence.end()));
  }

  /** Whether the text from {@code begin} to {@code last} (inclusive) may end a sentence. */
  private static boolean endsClause(String text, int begin, int last) {
    int p = last;
    while (p > begin && (text.charAt(p) == '\'' || text.charAt(p) == '"')) {
      p--;
    }
    char c = text.charAt(p);
    if (p < last) {
      return c == '.' || c == '!' || c == '?';
    }
    if (c != '.') {
      return false;
    }
    String word = lastWord(text, new Span(begin, last + 1));
    if (word == null) {
      return false;
    }
    Kind kind = abbreviation(word);
    // A title never ends a sentence: a name follows it.
    return kind == null ? isNumber(word) || isInitial(word) : kind != Kind.TITLE;
  }

  /**
   * The lower-cased word that ends {@code sentence} when it ends with a period, without opening
   * quotes or brackets; null otherwise.
   */
  private static String lastWord(String text, Span sentence) {
    int end = sentence.end();
    while (end > sentence.begin() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == sentence.begin() || text.charAt(end - 1) != '.') {
      return null;
    }
    int begin = end - 1;
    while (begin > sentence.begin() && end - begin <= MAX_WORD
        && !Character.isWhitespace(text.charAt(begin - 1))) {
      begin--;
    }
    while (begin < end && "\"'([{`".indexOf(text.charAt(begin)) >= 0) {
      begin++;
    }
    if (end - begin > MAX_WORD || end - begin < 2) {
      return null;
    }
    return text.substring(begin, end).toLowerCase(Locale.ROOT);
  }

  /**
   * The lower-cased capitalised word at {@code from} (past whitespace and an opening quote), with
   * a final period ("mr.") but no other punctuation; "" when none starts there.
   */
  private static String nextWord(String text, int from, int limit) {
    int b = from;
    while (b < limit && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (b < limit && "\"'`".indexOf(text.charAt(b)) >= 0) {
      b++;
    }
    if (b == limit || !Character.isUpperCase(text.charAt(b))) {
      return "";
    }
    int e = b;
    while (e < limit && e - b <= MAX_WORD
        && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '\'' || text.charAt(e) == '.')) {
      e++;
    }
    return text.substring(b, e).toLowerCase(Locale.ROOT);
  }

  /** The kind of abbreviation {@code word} is, null for none or no word. */
  private static Kind abbreviation(String word) {
    if (word == null) {
      return null;
    }
    Kind kind = ABBREVIATIONS.get(word);
    return kind == null && isInitials(word) ? Kind.INITIALS : kind;
  }

  /** "U.S.", "N.J.", "p.m.": letters with periods between them. */
  private static boolean isInitials(String word) {
    int periods = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '.') {
        periods++;
      } else if (!Character.isLetter(c)) {
        return false;
      }
    }
    return periods >= 2 && word.charAt(0) != '.';
  }

  /** "T." as in "AT and T.": one letter, a name's initial. */
  private static boolean isInitial(String word) {
    return word.length() == 2 && Character.isLetter(word.charAt(0));
  }

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december");

  /**
   * A month and day or year ends at {@code last} ("on Election Day, November 3."): no ordinal of
   * a list, so any capitalised word after it opens a sentence ("November 3. Grell had ...").
   */
  private static boolean endsDate(String text, int begin, int last) {
    int e = last;
    while (e > begin && Character.isDigit(text.charAt(e - 1))) {
      e--;
    }
    if (e == last || last - e > 4 || e - 1 <= begin || text.charAt(e - 1) != ' ') {
      return false;
    }
    int wordEnd = e - 1;
    int b = wordEnd;
    while (b > begin && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    String month = text.substring(b, wordEnd).toLowerCase(Locale.ROOT);
    return MONTHS.contains(month) || ABBREVIATIONS.get(month) == Kind.MONTH;
  }

  /** "6.", "1990.": a day or year, which the detector takes for an ordinal before a capital. */
  private static boolean isNumber(String word) {
    for (int i = 0; i < word.length() - 1; i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
