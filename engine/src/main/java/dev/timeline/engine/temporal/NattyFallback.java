package dev.timeline.engine.temporal;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import dev.timeline.engine.Cancellation;
import dev.timeline.engine.PublicationDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Natty behind the grammar, for two kinds of machine-written dates: ISO 8601 timestamps
 * ("2014-09-14T17:30:00Z"), which the grammar reads in pieces, and numeric date chains it left
 * alone ("14.09.2014"-like forms outside its rules). Natty alone misreads news (bare years become
 * clock times, modal "may" becomes May), so it only sees these short windows, and only its
 * explicit, non-inferred readings are kept. {@code NattyFallbackTest} runs its examples with and
 * without it; on TimeBank and AQUAINT it changes no score (the evaluation's ablation).
 *
 * <p>Natty is slow and keeps state in its parser, so one shared instance is used under a lock and
 * only for the rare candidate windows: the hot path never reaches it. Its syntax-error prints are
 * kept off standard error ({@link QuietStderr}).
 */
final class NattyFallback {
  private static final Object LOCK = new Object();
  private static final int WINDOW = 6;
  /** Natty takes milliseconds per call: a hostile text full of "1.2.3" must not multiply that. */
  private static final int MAX_CALLS_PER_DOCUMENT = 64;
  private static Parser parser; // guarded by LOCK

  private NattyFallback() {}

  static List<Draft> complete(TokenSequence t, List<Draft> drafts, Optional<PublicationDate> published,
      Cancellation cancellation) {
    boolean[] covered = new boolean[t.size()];
    for (Draft d : drafts) {
      for (int k = d.first; k < d.end; k++) {
        covered[k] = true;
      }
    }
    List<Draft> extra = new ArrayList<>();
    int calls = 0;
    for (int i = 0; i < t.size() && calls < MAX_CALLS_PER_DOCUMENT; i++) {
      if (covered[i] || !candidate(t, i)) {
        continue;
      }
      cancellation.check();
      calls++;
      int from = i;
      while (from > 0 && i - from < WINDOW && !covered[from - 1] && !sentenceEnd(t, from - 1)) {
        from--;
      }
      int to = i;
      while (to + 1 < t.size() && to - i < WINDOW && !covered[to + 1] && !sentenceEnd(t, to + 1)) {
        to++;
      }
      Draft d = parse(t, from, to, published);
      if (d != null) {
        extra.add(d);
        for (int k = d.first; k < d.end; k++) {
          covered[k] = true;
        }
        i = d.end - 1;
      } else {
        i = to;
      }
    }
    if (extra.isEmpty()) {
      return drafts;
    }
    List<Draft> all = new ArrayList<>(drafts);
    all.addAll(extra);
    all.sort(Comparator.comparingInt(d -> d.first));
    return all;
  }

  /**
   * Three numbers chained by one date separator with no space ("14-09-2014", "2014.9.14") that the
   * grammar did not take. Decimals, scores and ratios have two groups and never get here.
   */
  private static boolean candidate(TokenSequence t, int i) {
    if (!t.isNumber(i) || !t.isNumber(i + 2) || !t.isNumber(i + 4)) {
      return false;
    }
    for (int k = i; k < i + 4; k++) {
      if (!t.touches(k)) {
        return false;
      }
    }
    String sep = t.lower(i + 1);
    return sep.equals(t.lower(i + 3)) && (sep.equals(".") || sep.equals("/") || sep.equals("-"));
  }

  private static boolean sentenceEnd(TokenSequence t, int k) {
    String w = t.lower(k);
    return t.isPunct(k) && (w.equals(";") || w.equals("!") || w.equals("?")
        || w.equals(".") && !(t.touches(k - 1) && t.touches(k) && t.isNumber(k - 1) && t.isNumber(k + 1)));
  }

  private static Draft parse(TokenSequence t, int from, int to, Optional<PublicationDate> published) {
    int base = t.begin(from);
    String window = t.text().substring(base, t.end(to));
    for (DateGroup g : natty(window, published)) {
      if (g.isDateInferred() || g.getDates().isEmpty() || g.isRecurring()) {
        continue;
      }
      int b = base + g.getPosition() - 1; // Natty counts positions from 1
      int e = b + g.getText().length();
      int first = tokenAt(t, from, to, b, true);
      int end = tokenAt(t, from, to, e, false);
      if (first < 0 || end < 0 || end <= first || digitGroups(g.getText()) < 3) {
        continue;
      }
      LocalDateTime at = LocalDateTime.ofInstant(g.getDates().get(0).toInstant(), ZoneOffset.UTC);
      Draft d = new Draft(first, end, "natty");
      d.year = at.getYear();
      d.month = at.getMonthValue();
      d.day = at.getDayOfMonth();
      if (!g.isTimeInferred()) {
        d.kind = Draft.Kind.TIME;
        d.hour = at.getHour();
        d.minute = at.getMinute();
      }
      return d;
    }
    return null;
  }

  /** Natty's reading of a window; none when it fails (it does on some inputs, even by assertion). */
  private static List<DateGroup> natty(String window, Optional<PublicationDate> published) {
    Date reference = Date.from(published.map(PublicationDate::reference)
        .orElse(LocalDateTime.of(2000, 1, 1, 0, 0)).toInstant(ZoneOffset.UTC));
    try {
      synchronized (LOCK) {
        if (parser == null) {
          parser = new Parser(TimeZone.getTimeZone("UTC"));
        }
        return QuietStderr.call(() -> parser.parse(window, reference));
      }
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      return List.of();
    }
  }

  /**
   * ISO 8601 timestamps ("2014-09-14T17:30:00Z", "2014-09-14T17:30+04:00"), which the grammar reads
   * as a year and a clock time of the publication day: Natty reads the date and the time up to the
   * zone, and its single expression replaces the grammar's pieces. The value is the wall-clock time
   * as written, as for "10:30 a.m. EST".
   */
  static List<Draft> timestamps(TokenSequence t, List<Draft> drafts,
      Optional<PublicationDate> published, Cancellation cancellation) {
    List<Draft> out = drafts;
    int calls = 0;
    for (int i = 4; i + 3 < t.size() && calls < MAX_CALLS_PER_DOCUMENT; i++) {
      if (!isoDateAndT(t, i)) {
        continue;
      }
      cancellation.check();
      calls++;
      int first = i - 4;
      int clockEnd = i + 3; // the minutes
      if (glued(t, clockEnd, ":") && (t.isNumber(clockEnd + 2) || t.isAlnum(clockEnd + 2))) {
        clockEnd += 2; // the seconds, "00" or "00Z"
      }
      int last = zoneEnd(t, fractionEnd(t, clockEnd));
      String window = t.text().substring(t.begin(first), t.end(clockEnd));
      Draft d = wholeTimestamp(natty(window, published), window, first, last + 1);
      if (d != null) {
        List<Draft> kept = new ArrayList<>();
        for (Draft o : out) {
          if (o.end <= first || o.first > last) {
            kept.add(o);
          }
        }
        kept.add(d);
        kept.sort(Comparator.comparingInt(o -> o.first));
        out = kept;
      }
      i = last;
    }
    return out;
  }

  /** After the seconds: ".250" or ".250Z", glued on. */
  private static int fractionEnd(TokenSequence t, int k) {
    return glued(t, k, ".") && (t.isNumber(k + 2) || t.isAlnum(k + 2)) ? k + 2 : k;
  }

  /** After the time: an offset "+04:00", "-0500" or "+04", glued on (not the next date's year). */
  private static int zoneEnd(TokenSequence t, int k) {
    if (!(glued(t, k, "+") || glued(t, k, "-")) || !t.isNumber(k + 2)) {
      return k;
    }
    int digits = t.end(k + 2) - t.begin(k + 2);
    if (digits == 2) {
      return glued(t, k + 2, ":") && t.isNumber(k + 4) ? k + 4 : k + 2;
    }
    return digits == 4 && !glued(t, k + 2, "-") ? k + 2 : k;
  }

  /** Token k is followed, with no space, by the mark and then by another token. */
  private static boolean glued(TokenSequence t, int k, String mark) {
    return t.touches(k) && t.lower(k + 1).equals(mark) && t.touches(k + 1);
  }

  /** "2014-09-14T" then "17:30": a four-digit year, month and day, and a "T" glued to the day. */
  private static boolean isoDateAndT(TokenSequence t, int i) {
    String dayT = t.lower(i);
    return t.isAlnum(i) && dayT.length() == 3 && dayT.charAt(2) == 't'
        && t.isNumber(i - 4) && t.end(i - 4) - t.begin(i - 4) == 4
        && t.lower(i - 3).equals("-") && t.isNumber(i - 2) && t.lower(i - 1).equals("-")
        && t.touches(i - 4) && t.touches(i - 3) && t.touches(i - 2) && t.touches(i - 1)
        && t.touches(i) && t.isNumber(i + 1) && t.touches(i + 1) && t.lower(i + 2).equals(":")
        && t.touches(i + 2) && t.isNumber(i + 3);
  }

  /** A TIME draft when Natty read the whole window as one explicit date and time. */
  private static Draft wholeTimestamp(List<DateGroup> groups, String window, int first, int end) {
    if (groups.size() != 1) {
      return null;
    }
    DateGroup g = groups.get(0);
    if (g.getPosition() != 1 || !g.getText().equals(window) || g.isDateInferred()
        || g.isTimeInferred() || g.getDates().size() != 1) {
      return null;
    }
    LocalDateTime at = LocalDateTime.ofInstant(g.getDates().get(0).toInstant(), ZoneOffset.UTC);
    Draft d = new Draft(first, end, "natty-timestamp");
    d.kind = Draft.Kind.TIME;
    d.year = at.getYear();
    d.month = at.getMonthValue();
    d.day = at.getDayOfMonth();
    d.hour = at.getHour();
    d.minute = at.getMinute();
    if (clockEndHasSeconds(window)) {
      d.second = at.getSecond();
    }
    return d;
  }

  /** "2014-09-14T17:30:00" (16 characters up to the minutes). */
  private static boolean clockEndHasSeconds(String window) {
    return window.length() > 16;
  }

  /** The token starting (or ending) exactly at offset, within [from, to]; -1 if none. */
  private static int tokenAt(TokenSequence t, int from, int to, int offset, boolean start) {
    for (int k = from; k <= to; k++) {
      if (start && t.begin(k) == offset) {
        return k;
      }
      if (!start && t.end(k) == offset) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Natty reads "12.5" or "3-2" as dates too: require day, month and year. */
  private static int digitGroups(String s) {
    int groups = 0;
    boolean in = false;
    for (int k = 0; k < s.length(); k++) {
      boolean digit = Character.isDigit(s.charAt(k));
      if (digit && !in) {
        groups++;
      }
      in = digit;
    }
    return groups;
  }
}
