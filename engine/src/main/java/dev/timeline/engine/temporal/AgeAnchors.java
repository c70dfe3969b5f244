package dev.timeline.engine.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ages as dates in a life story: once the text says when someone was born ("was born in 1952"),
 * "at 14", "at the age of nine", "aged 34" or "as a nine-year-old" name a year (1966, 1961, 1986,
 * 1961), and become a year expression of their own, so the event they modify is dated by them and
 * a following "two years later" counts from them. Without a written birth year an age is no time.
 *
 * <p>The year is the birth year plus the age: the year of that birthday. Someone aged nine is nine
 * from a birthday in that year until one in the next, so the next year is possible too, but the
 * single year is what a biographer means by "in 1961, at nine" and reads as one plain year.
 *
 * <p>"when she was nine" is an age too. An age in a sentence about someone else ("Her daughter, at
 * 12, ...") is that person's, whose birth year the text has not given: no time.
 */
final class AgeAnchors {
  /** The rule name of an age expression. */
  static final String RULE = "age";
  /** How far before a year "born" may stand: "was born in 1952", "born on 3 May 1952". */
  private static final int BORN_REACH = 4;
  private static final int OLDEST = 110;
  /** Words that may follow "at 14" for it to be an age ("at 14 she...", "at 14, ..."). */
  private static final Set<String> AFTER_AGE = Set.of(",", ".", ";", "and", "he", "she", "they", "i",
      "we", "in", "when", "after", "before", "but", "while", "with", "to");
  /** Who may be the born person in "when she was nine". */
  private static final Set<String> WHEN_PRONOUNS = Set.of("he", "she", "i");
  private static final Set<String> POSSESSIVES = Set.of("her", "his", "their", "my", "our");
  /** Other people a life story names by their tie to its subject ("her daughter", "his wife"). */
  private static final Set<String> RELATIVES = Set.of("daughter", "son", "wife", "husband", "brother",
      "sister", "mother", "father", "child", "children", "parents", "grandson", "granddaughter",
      "grandmother", "grandfather", "friend", "partner", "niece", "nephew", "cousin", "uncle", "aunt",
      "stepson", "stepdaughter", "twin", "sibling", "daughters", "sons", "brothers", "sisters", "kids",
      "boyfriend", "girlfriend", "fiance", "fiancee", "pupil", "student", "apprentice");
  /** How many words (adjectives) may stand between the possessive and the relative: "her younger son". */
  private static final int RELATIVE_REACH = 3;

  private final TokenSequence t;
  private int birthYear = Draft.NONE;
  private int birthIndex = -1;
  private int birthToken = -1;

  AgeAnchors(TokenSequence t) {
    this.t = t;
  }

  /**
   * Adds an age draft for each age said after the first birth year, where no other expression
   * stands; returns the drafts in text order.
   */
  static List<Draft> addDrafts(TokenSequence t, List<Draft> drafts) {
    int from = -1;
    for (Draft d : drafts) {
      if (birthYear(t, d)) {
        from = d.end;
        break;
      }
    }
    if (from < 0) {
      return drafts;
    }
    TokenPatterns p = new TokenPatterns(t);
    List<Draft> out = new ArrayList<>(drafts.size() + 4);
    int next = 0;
    for (int k = from; k < t.size(); k++) {
      while (next < drafts.size() && drafts.get(next).end <= k) {
        out.add(drafts.get(next++));
      }
      if (next < drafts.size() && drafts.get(next).first <= k) {
        continue; // inside an expression
      }
      Draft age = ageAt(t, p, k);
      if (age != null && (next == drafts.size() || drafts.get(next).first >= age.end)) {
        if (!aboutRelative(t, p, age.first)) {
          out.add(age);
        }
        k = age.end - 1;
      }
    }
    out.addAll(drafts.subList(next, drafts.size()));
    return out;
  }

  /** Remembers a birth year: a complete year with "born" just before it. */
  void note(int index, Draft d, CalendarPoint point) {
    if (birthYear(t, d) && point.granularity().compareTo(Granularity.YEAR) >= 0) {
      birthYear = point.date().getYear();
      birthIndex = index;
      birthToken = d.first;
    }
  }

  /** The age an age draft speaks of, with the birth year it counts from, or null before any. */
  Age of(Draft d) {
    return birthYear == Draft.NONE || d.first <= birthToken ? null
        : new Age(d.offset, birthYear, birthIndex);
  }

  /** A complete, written year with "born" just before it: "was born in 1952", "born May 3, 1952". */
  private static boolean birthYear(TokenSequence t, Draft d) {
    if (d.relative != Draft.Relative.NONE || d.year == Draft.NONE || d.needsCentury
        || d.rule.equals(RULE)) {
      return false;
    }
    for (int k = d.first - 1; k >= 0 && k >= d.first - BORN_REACH; k--) {
      if (t.is(k, "born")) {
        return true;
      }
      if (t.isPunct(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the sentence holding token k opens with someone's relative as its subject ("Her
   * daughter, at 12, ...", "His younger son left home at 17", "Varga's son, at 9, ..."): the age is
   * that relative's.
   */
  private static boolean aboutRelative(TokenSequence t, TokenPatterns p, int k) {
    int start = k;
    while (start > 0 && !t.endsSentence(start - 1) && !t.is(start - 1, ";")) {
      start--;
    }
    int after;
    if (POSSESSIVES.contains(t.lower(start))) {
      after = start + 1;
    } else if (t.capitalized(start) && p.isApostropheS(start + 1)) {
      after = start + 3; // "Varga's daughter"
    } else {
      return false;
    }
    for (int j = after; j < k && j < after + RELATIVE_REACH; j++) {
      if (RELATIVES.contains(t.lower(j))) {
        return true;
      }
      if (!t.isWord(j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The age spoken of at token k, as a draft (span without the preposition, age in offset):
   * "at [the age of nine]", "at [age 14]", "at [14]", "[aged 34]", "as [a nine-year-old]", "when she
   * was [nine]", "when he was [12 years old]"; or null.
   */
  private static Draft ageAt(TokenSequence t, TokenPatterns p, int k) {
    int first;
    int n;
    if (t.is(k, "at") && t.is(k + 1, "the") && t.is(k + 2, "age") && t.is(k + 3, "of")) {
      first = k + 1;
      n = k + 4;
    } else if (t.is(k, "at") && t.is(k + 1, "age")) {
      first = k + 1;
      n = k + 2;
    } else if (t.is(k, "as") && (t.is(k + 1, "a") || t.is(k + 1, "an"))) {
      first = k + 1;
      n = k + 2;
    } else if (t.is(k, "aged")) {
      first = k;
      n = k + 1;
    } else if (t.is(k, "at")) {
      first = k + 1;
      n = k + 1;
    } else if (t.is(k, "when") && WHEN_PRONOUNS.contains(t.lower(k + 1)) && t.is(k + 2, "was")) {
      first = k + 3;
      n = k + 3;
    } else {
      return null;
    }
    if (!p.isNumberStart(n) || t.is(n, "a") || t.is(n, "an")) {
      return null;
    }
    long[] v = p.number(n);
    if (v == null || v[0] <= 0 || v[0] % 1000 != 0 || v[0] / 1000 > OLDEST) {
      return null;
    }
    int end = (int) v[1];
    if (t.is(k, "as")) {
      // "as a nine-year-old": the noun, hyphenated, is the age.
      if (!(t.is(end, "-") && t.is(end + 1, "year") && t.is(end + 2, "-") && t.is(end + 3, "old"))) {
        return null;
      }
      end += 4;
    } else if (t.is(k, "when") && t.is(end, "years") && t.is(end + 1, "old")) {
      end += 2;
    } else if ((n == k + 1 && t.is(k, "at") || t.is(k, "when")) && !AFTER_AGE.contains(t.lower(end))) {
      return null; // "at 14 percent", "at 10:30", "at 3 p.m.", "when she was 30 minutes late": no age
    }
    Draft d = new Draft(first, end, RULE);
    d.offset = (int) (v[0] / 1000);
    return d;
  }

  /** An age and the birth year it counts from. */
  record Age(int age, int birthYear, int birthIndex) {
    int year() {
      return birthYear + age;
    }
  }
}
