package dev.timeline.engine.event;

import dev.timeline.engine.temporal.TimexType;
import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Further expressions an anchored event is placed at, beside its primary anchor (TimeML links an
 * event to every expression that places it, and a news sentence often gives two):
 *
 * <ul>
 *   <li>the end of a range that opens with its anchor: "has fallen 2% this year through Oct.
 *       19", "from today through Nov. 17", "from 1968 until her retirement in 2004" (ends
 *       with it);
 *   <li>a second expression coordinated with its anchor: "in both 1990 and 1991", "for the
 *       second half and for next year" (the same relation);
 *   <li>a length "for ..." right beside its date: "answered questions for three hours Sunday" (throughout
 *       it);
 *   <li>a start "from" a later expression, beside a verb's other date: "sales rose 4% in May
 *       from a year earlier" (starts with it).
 * </ul>
 */
final class AdditionalAnchors {
  static final double CONFIDENCE = 0.6;
  private static final Set<String> COORDINATORS = Set.of("and", "or");
  /** How far after its verb a "from" start may stand. */
  private static final int START_REACH = 12;

  private AdditionalAnchors() {}

  /** For each event, the further anchors in its own sentence; empty lists for most. */
  static List<List<Anchor>> find(List<Token> tokens, List<Trigger> triggers,
      List<SentenceTimex> timexes, Anchor[] anchors) {
    List<List<Anchor>> out = new ArrayList<>(anchors.length);
    for (int i = 0; i < anchors.length; i++) {
      Anchor a = anchors[i];
      int k = a == null ? -1 : timexes.indexOf(a.timex());
      List<Anchor> more = k < 0 ? List.of() : further(tokens, timexes, k, a);
      Anchor start = a == null ? null : startAfter(triggers, i, timexes, a);
      if (start != null && more.stream().noneMatch(m -> m.timex() == start.timex())) {
        more = new ArrayList<>(more);
        more.add(start);
      }
      out.add(more);
    }
    return out;
  }

  /**
   * A verb dated by one expression and measured "from" another that follows it starts at the
   * second: "output rose 4% in May from a year earlier" (a start within the verb's reach, no
   * other verb in between).
   */
  private static Anchor startAfter(List<Trigger> triggers, int i, List<SentenceTimex> timexes,
      Anchor primary) {
    Trigger t = triggers.get(i);
    if (!t.verbal()) {
      return null;
    }
    for (SentenceTimex y : timexes) {
      if (y == primary.timex() || y.first() <= t.token() || y.first() > t.token() + START_REACH
          || !y.anchors() || !y.preposition().equals("from")
          || y.relation() != TemporalRelation.BEGINS) {
        continue;
      }
      for (Trigger other : triggers) {
        if (other.verbal() && other.token() > t.token() && other.token() < y.first()) {
          return null;
        }
      }
      return new Anchor(y, TemporalRelation.BEGINS, CONFIDENCE);
    }
    return null;
  }

  private static List<Anchor> further(List<Token> tokens, List<SentenceTimex> timexes, int k,
      Anchor primary) {
    SentenceTimex x = timexes.get(k);
    List<Anchor> more = new ArrayList<>(1);
    if (k + 1 < timexes.size()) {
      SentenceTimex y = timexes.get(k + 1);
      if (y.closesRangeOf(x) || closedByDatedNoun(tokens, x, y)) {
        more.add(new Anchor(y, TemporalRelation.ENDS, CONFIDENCE));
      } else if (coordinated(tokens, x, y)) {
        more.add(new Anchor(y, primary.relation(), CONFIDENCE));
      } else if (isLength(y) && y.first() == x.last() + 2) {
        more.add(new Anchor(y, TemporalRelation.DURING, CONFIDENCE));
      }
    }
    if (k > 0) {
      SentenceTimex before = timexes.get(k - 1);
      if (isLength(before) && before.last() + 1 == x.first()) {
        more.add(new Anchor(before, TemporalRelation.DURING, CONFIDENCE));
      }
    }
    return more;
  }

  /** Words that close a range on an event rather than a date: "from 1968 until her retirement". */
  private static final Set<String> RANGE_CLOSERS = Set.of("until", "till", "to");
  /** What opens that event's noun phrase: "until her retirement", "to the merger". */
  private static final Set<String> NOUN_OPENERS = Set.of("her", "his", "their", "its", "the");

  /**
   * "worked there from 1968 until her retirement in 2004": the range ends at an event noun (one
   * or two nouns after a possessive or "the") that the next expression dates; it ends then.
   */
  private static boolean closedByDatedNoun(List<Token> tokens, SentenceTimex x, SentenceTimex y) {
    int closer = x.last() + 1;
    int in = y.first() - 1;
    if (!x.preposition().equals("from") || !y.preposition().equals("in") || !x.anchors()
        || !y.anchors() || in - closer < 3 || in - closer > 4
        || !RANGE_CLOSERS.contains(tokens.get(closer).lower())
        || !NOUN_OPENERS.contains(tokens.get(closer + 1).lower())) {
      return false;
    }
    for (int i = closer + 2; i < in; i++) {
      if (!tokens.get(i).isNoun()) {
        return false;
      }
    }
    return true;
  }

  /** "1990 and 1991", "for the second half and for 1990". */
  private static boolean coordinated(List<Token> tokens, SentenceTimex x, SentenceTimex y) {
    if (!x.anchors() || !y.anchors() || x.last() + 1 >= tokens.size()) {
      return false;
    }
    String between = tokens.get(x.last() + 1).lower();
    return COORDINATORS.contains(between) && (y.first() == x.last() + 2
        || (y.first() == x.last() + 3 && !x.preposition().isEmpty()
            && y.preposition().equals(x.preposition())));
  }

  /** "for four hours": a length the event lasts. */
  private static boolean isLength(SentenceTimex x) {
    return x.preposition().equals("for")
        && x.expression().type() == TimexType.DURATION;
  }
}
