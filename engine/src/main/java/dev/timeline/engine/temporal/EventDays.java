package dev.timeline.engine.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The day an ongoing event has reached, said in the present: "Today is the sixth day of the
 * walkout", "It's the fourth day of the vigil", "the siege, now in its third day". News counts
 * such days up to the day it reports, so the phrase names the publication day. In the
 * past ("on the third day of the talks, ...") which day is meant is not said, and nothing is added.
 */
final class EventDays {
  /** The rule name of such a day. */
  static final String RULE = "event-day";
  private static final Set<String> DETERMINERS = Set.of("the", "its", "their");
  /** Words right before the phrase that put it in the present: "is the", "now in its", "enters its". */
  private static final Set<String> PRESENT = Set.of("is", "in", "into", "enters", "entered", "entering");
  private static final Set<String> RUN = Set.of("straight", "consecutive", "successive", "full");
  private static final int LONGEST = 366;

  private EventDays() {}

  /** Adds an event-day draft wherever one stands outside other expressions; text order kept. */
  static List<Draft> addDrafts(TokenSequence t, List<Draft> drafts) {
    TokenPatterns p = null;
    List<Draft> out = null;
    int next = 0;
    for (int k = 1; k < t.size(); k++) {
      if (!t.is(k, "day") || t.is(k + 1, "-") || t.is(k + 1, "'") || t.is(k + 1, "’")) {
        continue;
      }
      int ord = RUN.contains(t.lower(k - 1)) ? k - 2 : k - 1;
      int det = ord - 1;
      if (det < 1 || !DETERMINERS.contains(t.lower(det)) || !present(t, det - 1)) {
        continue;
      }
      if (p == null) {
        p = new TokenPatterns(t);
      }
      int n = p.ordinalAt(ord);
      if (n < 1 || n > LONGEST) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(drafts.size() + 2);
      }
      while (next < drafts.size() && drafts.get(next).end <= det) {
        out.add(drafts.get(next++));
      }
      if (next < drafts.size() && drafts.get(next).first <= k) {
        continue; // overlaps an expression
      }
      Draft d = new Draft(det, k + 1, RULE);
      d.relative = Draft.Relative.SPEECH;
      d.unit = CalendarUnit.DAY;
      d.offset = 0;
      out.add(d);
    }
    if (out == null) {
      return drafts;
    }
    out.addAll(drafts.subList(next, drafts.size()));
    return out;
  }

  /** "is", "'s", "in", "enters" at k. */
  private static boolean present(TokenSequence t, int k) {
    return PRESENT.contains(t.lower(k)) || t.is(k, "s") && (t.is(k - 1, "'") || t.is(k - 1, "’"));
  }
}
