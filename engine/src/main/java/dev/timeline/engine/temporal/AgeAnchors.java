package dev.timeline.engine.temporal;

import java.util.Set;

/**
 * Ages as story times in a life story: once the text says when someone was born ("was born in
 * 1952"), "at 14", "at the age of nine" or "aged 34" name a year (1966, 1961, 1986), and a
 * following "two years later" counts from there rather than from the last written date. Ages are
 * no TIMEX3 of their own; they only move the anchor.
 */
final class AgeAnchors {
  /** How far before a year "born" may stand: "was born in 1952", "born on 3 May 1952". */
  private static final int BORN_REACH = 4;
  private static final int OLDEST = 110;
  /** Words that may follow "at 14" for it to be an age ("at 14 she...", "at 14, ..."). */
  private static final Set<String> AFTER_AGE = Set.of(",", ".", ";", "and", "he", "she", "they", "i",
      "we", "in", "when", "after", "before", "but", "while", "with", "to");

  private final TokenSequence t;
  private final TokenPatterns p;
  private int birthYear = Draft.NONE;
  private int birthIndex = -1;
  private int birthToken = -1;

  AgeAnchors(TokenSequence t, TokenPatterns p) {
    this.t = t;
    this.p = p;
  }

  /** Remembers a birth year: a complete year with "born" just before it. */
  void note(int index, Draft d, CalendarPoint point) {
    if (d.relative != Draft.Relative.NONE || point.granularity().compareTo(Granularity.YEAR) < 0) {
      return;
    }
    for (int k = d.first - 1; k >= 0 && k >= d.first - BORN_REACH; k--) {
      if (t.is(k, "born")) {
        birthYear = point.date().getYear();
        birthIndex = index;
        birthToken = d.first;
        return;
      }
      if (t.isPunct(k)) {
        return;
      }
    }
  }

  /** An age met in tokens [from, to): the year it names, as an anchor point, or null. */
  Age lastAge(int from, int to) {
    if (birthYear == Draft.NONE) {
      return null;
    }
    for (int k = to - 1; k >= Math.max(from, birthToken + 1); k--) {
      int age = ageAt(k);
      if (age != Draft.NONE) {
        return new Age(age, birthYear, birthIndex);
      }
    }
    return null;
  }

  /** The age spoken of at token k ("at" / "aged" / "age"), or NONE. */
  private int ageAt(int k) {
    int n;
    if (t.is(k, "at") && t.is(k + 1, "the") && t.is(k + 2, "age") && t.is(k + 3, "of")) {
      n = k + 4;
    } else if (t.is(k, "aged") || t.is(k, "at")) {
      n = k + 1;
    } else {
      return Draft.NONE;
    }
    if (!p.isNumberStart(n) || t.is(n, "a") || t.is(n, "an")) {
      return Draft.NONE;
    }
    long[] v = p.number(n);
    if (v == null || v[0] <= 0 || v[0] % 1000 != 0 || v[0] / 1000 > OLDEST) {
      return Draft.NONE;
    }
    int end = (int) v[1];
    boolean plain = t.is(k, "at") && n == k + 1;
    if (plain && !AFTER_AGE.contains(t.lower(end))) {
      return Draft.NONE; // "at 14 percent", "at 10:30", "at 3 p.m.": no age
    }
    return (int) (v[0] / 1000);
  }

  /** An age and the birth year it counts from. */
  record Age(int age, int birthYear, int birthIndex) {
    int year() {
      return birthYear + age;
    }
  }
}
