package dev.timeline.engine.text;

import dev.timeline.engine.RuleData;
import dev.timeline.engine.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Undoes the sentence detector's cuts after abbreviations inside a sentence ("payable Jan. | 2",
 * "Elsevier Corp. | said", "said Gen. | John Dailey"): a cut sentence loses its clause structure
 * and the dates that anchor its events. The abbreviations and what each kind joins are rule data
 * ({@code abbreviations.txt}); a capitalised word after a company or a place stays a new sentence.
 */
final class SentenceJoins {
  /** What a listed word is; the last two are words after an abbreviation. */
  private enum Kind {
    MONTH, TITLE, DESIGNATOR, PLACE, CLOCK, OTHER, OPENER(false), ZONE(false);

    final boolean abbreviation;

    Kind() {
      this(true);
    }

    Kind(boolean abbreviation) {
      this.abbreviation = abbreviation;
    }
  }

  private static final Map<String, Kind> ABBREVIATIONS = load(true);
  /** Clause openers and what follows a clock time, by word. */
  private static final Map<String, Kind> FOLLOWERS = load(false);
  /** Longest word looked at before a cut; abbreviations are short. */
  private static final int MAX_WORD = 12;

  private SentenceJoins() {}
  static final java.util.Set<String> OFF = java.util.Set.of(System.getProperty("splitter.skip", "digitMONTH,lowerDESIGNATOR").split(","));

  private static Map<String, Kind> load(boolean abbreviations) {
    Map<String, Kind> out = new HashMap<>();
    for (String line : RuleData.lines(SentenceJoins.class, "abbreviations.txt")) {
      String[] parts = line.split("\\s+");
      Kind kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
      if (kind.abbreviation == abbreviations) {
        for (int i = 1; i < parts.length; i++) {
          out.put(parts[i].toLowerCase(Locale.ROOT), kind);
        }
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The sentences of {@code text} (spans in text order) with the wrong cuts after abbreviations
   * joined and the missed ends after abbreviations cut.
   */
  static List<Span> fix(String text, List<Span> sentences) {
    List<Span> out = new ArrayList<>(sentences.size());
    for (Span s : join(text, sentences)) {
      cut(text, s, out);
    }
    return out;
  }

  static List<Span> join(String text, List<Span> sentences) {
    List<Span> out = new ArrayList<>(sentences.size());
    for (Span s : sentences) {
      int last = out.size() - 1;
      if (last >= 0 && continues(text, out.get(last), s)) {
        out.set(last, new Span(out.get(last).begin(), s.end()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Adds {@code sentence} to {@code out}, cut where a clause opener follows an abbreviation, a
   * number or a quotation's end (".''"), ends the detector takes for a sentence's middle.
   */
  private static void cut(String text, Span sentence, List<Span> out) {
    int begin = sentence.begin();
    for (int i = begin + 1; i + 1 < sentence.end(); i++) {
      if (!Character.isWhitespace(text.charAt(i + 1)) || !endsClause(text, begin, i)) {
        continue;
      }
      if (!OFF.contains("cut") && FOLLOWERS.get(nextWord(text, i + 1, sentence.end())) == Kind.OPENER) {
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
      return (c == '.' || c == '!' || c == '?') && !OFF.contains("quote");
    }
    if (c != '.') {
      return false;
    }
    String word = lastWord(text, new Span(begin, last + 1));
    if (word == null) {
      return false;
    }
    Kind kind = abbreviation(word);
    return kind == null ? isNumber(word) || initial(word) : kind != Kind.TITLE;
  }

  /** "T." as in "AT and T.": one capital letter, a name's initial. */
  private static boolean initial(String word) {
    return word.length() == 2 && Character.isLetter(word.charAt(0)) && !OFF.contains("initial");
  }

  /**
   * The lower-cased capitalised word starting after whitespace at {@code from}, past an opening
   * quote, without trailing punctuation other than a period; "" when there is none.
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

  private static boolean continues(String text, Span left, Span right) {
    String word = lastWord(text, left);
    if (word == null) {
      return false;
    }
    Kind kind = abbreviation(word);
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
    char c = text.charAt(next);
    if (Character.isLowerCase(c) || ",;:-)]}".indexOf(c) >= 0) {
      return !OFF.contains("lower" + kind);
    }
    return switch (kind) {
      case MONTH -> Character.isDigit(c) && !OFF.contains("digit" + kind);
      case TITLE -> Character.isUpperCase(c) && !OFF.contains("title");
      case CLOCK -> FOLLOWERS.get(nextWord(text, next, right.end())) == Kind.ZONE;
      default -> false;
    };
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

  /** "6.", "1990.": a day or year, which the detector takes for an ordinal before a capital. */
  private static boolean isNumber(String word) {
    for (int i = 0; i < word.length() - 1; i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The kind of abbreviation {@code word} is (OTHER for "U.S."-like words), null for none. */
  private static Kind abbreviation(String word) {
    Kind kind = ABBREVIATIONS.get(word);
    return kind == null && innerPeriod(word) ? Kind.OTHER : kind;
  }

  /** "U.S.", "N.J.", "p.m.": letters with periods between them, not a word ending a sentence. */
  private static boolean innerPeriod(String word) {
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
}
