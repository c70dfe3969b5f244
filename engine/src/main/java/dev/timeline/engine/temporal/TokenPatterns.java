package dev.timeline.engine.temporal;

import dev.timeline.engine.temporal.Lexicon.Category;
import java.util.Set;

/**
 * The lexical building blocks the rule families share: numbers ("twenty four", "1.5", "a few"),
 * units, month names, ordinals, days of month and years after a date. Built per document over its
 * tokens; not thread-safe, like the rules that use it.
 */
final class TokenPatterns {
  private static final Set<String> QUANTITY_RIGHT = Set.of(
      "%", "percent", "per", "million", "billion", "trillion", "thousand", "hundred", "times",
      "km", "kilometers", "kilometres", "miles", "mile", "meters", "metres", "feet", "ft", "tons",
      "tonnes", "pounds", "kg", "people", "troops", "soldiers", "aircraft", "planes", "votes",
      "dollars", "euros", "yen", "barrels", "shares", "points", "units", "cars", "jobs", "workers",
      "students", "members", "men", "women", "children", "deaths", "casualties", "rooms", "acres",
      "square", "cubic", "hectares", "calories", "mph", "degrees", "x", "by", "gb", "mb", "pages",
      "words", "bp", "yards", "inches", "kilograms", "grams", "liters", "litres", "gallons");

  private final TokenSequence t;
  private final Lexicon lex = Lexicon.get();
  /** A year found after a date: its value, whether it was written with two digits, its end. */
  record YearMatch(int year, boolean twoDigits, int end) {
    /** Puts the year on d and extends d to it. */
    void applyTo(Draft d) {
      d.year = year;
      d.needsCentury = twoDigits;
      d.end = end;
    }
  }

  TokenPatterns(TokenSequence t) {
    this.t = t;
  }

  /** A year after a month or day at token k: ", 2014", "2014", "of 2014", "'98"; or null. */
  YearMatch yearAfter(int k) {
    int j = k;
    if (t.is(j, ",") || t.is(j, "of")) {
      j++;
    }
    if (t.isNumber(j) && t.digits(j) == 4 && !t.is(j + 1, ":")) {
      int y = t.intValue(j);
      if (y >= 1000 && y <= 2999 && !quantityFollows(j + 1)) {
        return new YearMatch(y, false, j + 1);
      }
    }
    if ((t.is(j, "'") || t.is(j, "’")) && t.isNumber(j + 1) && t.digits(j + 1) == 2 && t.touches(j)) {
      return new YearMatch(t.intValue(j + 1), true, j + 2);
    }
    return null;
  }


  boolean quantityFollows(int k) {
    String r = t.lower(k);
    return QUANTITY_RIGHT.contains(r) || r.equals("-") && t.isNumber(k + 1) && t.digits(k + 1) != 2
        && t.digits(k + 1) != 4;
  }

  /**
   * A year said in words: "nineteen ninety-six", "nineteen eighty", "two thousand (and) one".
   * Returns {year, next token} or null. "two thousand" alone needs a date context (the caller's).
   */
  int[] spokenYear(int i) {
    if (t.is(i, "nineteen") || t.is(i, "eighteen")) {
      int c = t.is(i, "nineteen") ? 1900 : 1800;
      long[] n = number(i + 1);
      if (n == null || n[0] < 10000 || n[0] > 99000 || n[0] % 1000 != 0) {
        return null;
      }
      return new int[] {c + (int) (n[0] / 1000), (int) n[1]};
    }
    if (t.is(i, "two") && t.is(i + 1, "thousand")) {
      int k = i + 2;
      int y = 2000;
      int kk = t.is(k, "and") ? k + 1 : k;
      int unit = lex.intValue(t.lower(kk), Category.NUMBER);
      if (unit >= 1 && unit <= 19 && !t.is(kk, "a") && !t.is(kk, "an")) {
        y += unit;
        k = kk + 1;
      }
      return new int[] {y, k};
    }
    return null;
  }

  boolean isNumberStart(int i) {
    String w = t.lower(i);
    return t.isNumber(i) || lex.has(w, Category.NUMBER) || lex.has(w, Category.VAGUE);
  }

  /**
   * A number at token i: {value * 1000 (or -1 when vague), next token}. Handles "48", "1.5",
   * "twenty four", "twenty-four", "two and a half", "a few", "a couple of", "12 to 18".
   */
  long[] number(int i) {
    String w = t.lower(i);
    if (t.isNumber(i)) {
      if (t.digits(i) > 6 || t.is(i - 1, ",") && t.touches(i - 1) && t.touches(i - 2) && t.isNumber(i - 2)) {
        return null; // the tail of "2,000" is no count of its own
      }
      long v = t.intValue(i) * 1000L;
      int k = i + 1;
      if (t.is(k, ".") && t.touches(i) && t.touches(k) && t.isNumber(k + 1) && t.digits(k + 1) <= 3) {
        v += Math.round(Double.parseDouble("0." + t.lower(k + 1)) * 1000);
        k += 2;
      } else if (t.is(k, ",") && t.touches(i) && t.touches(k) && t.isNumber(k + 1)) {
        if (t.digits(i) > 3 || t.digits(k + 1) != 3 || !"years".equals(t.lower(k + 2))) {
          return null; // "2,000": a big number, not a count of time units
        }
        // "2,000 years ago": history's count
        v = (t.intValue(i) * 1000L + t.intValue(k + 1)) * 1000L;
        k += 2;
      } else if (t.isNumber(k) && t.is(k + 1, "/") && t.isNumber(k + 2) && t.touches(k) && t.touches(k + 1)
          && t.intValue(k + 2) > t.intValue(k) && t.intValue(k) > 0 && t.digits(k + 2) == 1) {
        v += 1000L * t.intValue(k) / t.intValue(k + 2); // "2 1/2 years"
        k += 3;
      }
      if ((t.is(k, "to") || t.is(k, "or") || t.is(k, "-")) && t.isNumber(k + 1) && unitAt(k + 2, true) != null) {
        return new long[] {-1, k + 2};
      }
      return new long[] {v, k};
    }
    if (w.equals("a") || w.equals("an")) {
      String n = t.lower(i + 1);
      if (n.equals("few") || n.equals("couple")) {
        int k = i + 2;
        if (t.is(k, "of")) {
          k++;
        }
        return new long[] {n.equals("couple") ? 2000 : -1, k};
      }
      if (n.equals("half") || n.equals("dozen")) {
        return new long[] {n.equals("half") ? 500 : 12000, i + 2};
      }
      if (n.equals("hundred") || n.equals("thousand")) {
        return new long[] {n.equals("hundred") ? 100_000 : 1_000_000, i + 2}; // "a hundred years"
      }
      return new long[] {1000, i + 1};
    }
    String vague = lex.lookup(w, Category.VAGUE);
    if (vague != null) {
      if (w.equals("some") || w.equals("many")) {
        return null;
      }
      int k = i + 1;
      if (w.equals("couple") && t.is(k, "of")) {
        k++;
      }
      return new long[] {vague.equals("X") ? -1 : Long.parseLong(vague) * 1000, k};
    }
    if (w.equals("half")) {
      // "half an hour", "half a century"
      return t.is(i + 1, "a") || t.is(i + 1, "an") ? new long[] {500, i + 2} : null;
    }
    int v = lex.intValue(w, Category.NUMBER);
    if (v == Integer.MIN_VALUE) {
      return null;
    }
    long total = v;
    int k = i + 1;
    if (v >= 20 && v < 100) {
      int kk = t.is(k, "-") && t.touches(i) ? k + 1 : k;
      int unit = lex.intValue(t.lower(kk), Category.NUMBER);
      if (unit >= 1 && unit <= 9 && !t.is(kk, "a") && !t.is(kk, "an")) {
        total += unit;
        k = kk + 1;
      }
    }
    if (t.is(k, "hundred")) {
      total *= 100;
      k++;
    }
    if (t.is(k, "thousand")) {
      total *= 1000; // "two thousand years"
      k++;
    }
    long value = total * 1000;
    if (t.is(k, "and") && t.is(k + 1, "a") && t.is(k + 2, "half")) {
      value += 500;
      k += 3;
    }
    if ((t.is(k, "to") || t.is(k, "or")) && lex.has(t.lower(k + 1), Category.NUMBER)
        && !t.is(k + 1, "a") && unitAt(k + 2, true) != null) {
      return new long[] {-1, k + 2};
    }
    return new long[] {value, k};
  }

  /** A calendar unit word at k (plural only when allowed), or null. */
  CalendarUnit unitAt(int k, boolean pluralAllowed) {
    if (!t.isWord(k)) {
      return null;
    }
    String w = t.lower(k);
    String u = lex.lookup(w, Category.UNIT);
    if (u == null && pluralAllowed) {
      u = lex.lookup(w, Category.UNIT_PLURAL);
    }
    return u == null ? null : CalendarUnit.valueOf(u);
  }

  boolean isApostropheS(int k) {
    return (t.is(k, "'") || t.is(k, "’")) && t.is(k + 1, "s") && t.touches(k);
  }

  /** An ordinal at k ("third", "3rd", "last"), or NONE. */
  int ordinalAt(int k) {
    int v = lex.intValue(t.lower(k), Category.ORDINAL);
    if (v != Integer.MIN_VALUE) {
      return v;
    }
    int d = ordinalDigitsAt(k);
    return d > 0 ? d : Draft.NONE;
  }

  /**
   * A day spelled as an ordinal word at k, as transcripts write it ("eighth", "twenty-first",
   * "thirty first"): {day, end token} or null.
   */
  int[] spokenDayAt(int k) {
    int v = lex.intValue(t.lower(k), Category.ORDINAL);
    if (v >= 1 && v <= 31) {
      return new int[] {v, k + 1};
    }
    int tens = t.is(k, "twenty") ? 20 : t.is(k, "thirty") ? 30 : 0;
    if (tens == 0) {
      return null;
    }
    int u = t.is(k + 1, "-") && t.touches(k) && t.touches(k + 1) ? k + 2 : k + 1;
    int unit = lex.intValue(t.lower(u), Category.ORDINAL);
    if (unit < 1 || unit > 9 || tens + unit > 31) {
      return null;
    }
    return new int[] {tens + unit, u + 1};
  }

  /** "14th", "1st", "22nd" at k, or -1. */
  int ordinalDigitsAt(int k) {
    if (!t.isAlnum(k)) {
      return -1;
    }
    String s = t.lower(k);
    int n = s.length();
    if (n < 3 || n > 4) {
      return -1;
    }
    String suffix = s.substring(n - 2);
    if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
      return -1;
    }
    for (int c = 0; c < n - 2; c++) {
      if (!Character.isDigit(s.charAt(c))) {
        return -1;
      }
    }
    return Integer.parseInt(s.substring(0, n - 2));
  }

  /** Consume the lexicon word w (which may contain ' or .) from token k; -1 if it differs. */
  int consumeWord(int k, String w) {
    int pos = 0;
    while (pos < w.length()) {
      String tok = t.lower(k);
      if (tok.isEmpty()) {
        return -1;
      }
      if (tok.equals("’")) {
        tok = "'";
      }
      if (!w.startsWith(tok, pos)) {
        return -1;
      }
      pos += tok.length();
      k++;
    }
    return k;
  }

  /** A month name at k, respecting capitalisation, or NONE. */
  int monthAt(int k) {
    if (!t.isWord(k) || !t.capitalized(k)) {
      return Draft.NONE;
    }
    int m = lex.intValue(t.lower(k), Category.MONTH);
    return m == Integer.MIN_VALUE ? Draft.NONE : m;
  }

  String monthName(int k) {
    return switch (lex.intValue(t.lower(k), Category.MONTH)) {
      case 1 -> "january";
      case 2 -> "february";
      case 3 -> "march";
      case 4 -> "april";
      case 5 -> "may";
      case 6 -> "june";
      case 7 -> "july";
      case 8 -> "august";
      case 9 -> "september";
      case 10 -> "october";
      case 11 -> "november";
      default -> "december";
    };
  }

  /** A day of month at k: "14", "14th". NONE otherwise. */
  int dayNumberAt(int k) {
    int v;
    if (t.isNumber(k) && t.digits(k) <= 2) {
      v = t.intValue(k);
      if (t.touches(k) && t.touches(k + 1) && (t.is(k + 1, ",") || t.is(k + 1, "."))
          && t.isNumber(k + 2)) {
        return Draft.NONE; // "5,000", "5.5"
      }
      if (t.touches(k) && t.is(k + 1, "%")) {
        return Draft.NONE;
      }
      if (QUANTITY_RIGHT.contains(t.lower(k + 1)) || unitAt(k + 1, true) != null) {
        return Draft.NONE;
      }
    } else {
      v = ordinalDigitsAt(k);
    }
    return v >= 1 && v <= 31 ? v : Draft.NONE;
  }

  static int daysIn(int month) {
    return switch (month) {
      case 2 -> 29;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
