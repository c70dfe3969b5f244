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
 * A second opinion from Natty on the long tail of explicit numeric date formats the grammar left
 * alone ("14.09.2014", "2014/9/14", "14-09-2014 17:30"). Natty alone misreads news (bare years
 * become clock times, modal "may" becomes May), so it only sees short windows around uncovered
 * digit chains, and only its explicit, non-inferred dates are kept.
 *
 * <p>Natty is slow and keeps state in its parser, so one shared instance is used under a lock and
 * only for the rare candidate windows: the hot path never reaches it.
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
    Date reference = Date.from(published.map(PublicationDate::reference)
        .orElse(LocalDateTime.of(2000, 1, 1, 0, 0)).toInstant(ZoneOffset.UTC));
    List<DateGroup> groups;
    try {
      synchronized (LOCK) {
        if (parser == null) {
          parser = new Parser(TimeZone.getTimeZone("UTC"));
        }
        groups = parser.parse(window, reference);
      }
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      return null; // Natty fails on some inputs (even with assertions); the grammar's answer stands
    }
    for (DateGroup g : groups) {
      if (g.isDateInferred() || g.getDates().isEmpty() || g.isRecurring()) {
        continue;
      }
      int b = base + g.getPosition();
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
