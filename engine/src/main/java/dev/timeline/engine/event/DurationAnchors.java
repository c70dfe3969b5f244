package dev.timeline.engine.event;

import dev.timeline.engine.temporal.TimexType;
import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Further anchors to a length of time that a clause is measured from: in "the plant reopened two
 * months after the flood closed it", the closing begins the two months; in "she filed the claim
 * a week before the deadline passed", the passing ends the week. TimeBank links the verb of the
 * "after" clause to the stretch it begins every time (and the "before" clause's verb to the one
 * it ends).
 *
 * <p>These are additional anchors only: they say what the stretch tells of an event without
 * moving it on the timeline, where its date (or the narrative) still places it. The event the
 * stretch leads up to ("reopened", which ends it) gets no anchor here: measured on both corpora,
 * that reading held on TimeBank but not on AQUAINT.
 */
final class DurationAnchors {
  static final double CONFIDENCE = AdditionalAnchors.CONFIDENCE;
  /**
   * Words before the length that make it something else: "until 90 days after issue" is a
   * deadline, "for two years after the merger" a stretch the event fills.
   */
  private static final Set<String> OTHER_READINGS = Set.of("until", "till", "for", "within",
      "in", "over", "during", "throughout", "through", "of", "by", "from", "to", "than");

  private DurationAnchors() {}

  /** Each event's further anchors, with the stretches its clause begins or ends added. */
  static List<List<Anchor>> add(List<Token> tokens, List<Trigger> triggers, List<Clause> clauses,
      List<SentenceTimex> timexes, Anchor[] anchors, List<List<Anchor>> further) {
    List<List<Anchor>> out = new ArrayList<>(further);
    for (SentenceTimex d : timexes) {
      int cue = d.last() + 1;
      if (d.expression().type() != TimexType.DURATION || cue >= tokens.size()
          || OTHER_READINGS.contains(d.preposition())) {
        continue;
      }
      String word = tokens.get(cue).lower();
      boolean after = word.equals("after");
      if (!after && !word.equals("before")) {
        continue;
      }
      int verb = clauseVerb(triggers, clauses, cue);
      if (verb >= 0) {
        put(out, anchors, verb,
            new Anchor(d, after ? TemporalRelation.BEGINS : TemporalRelation.ENDS, CONFIDENCE));
      }
    }
    return out;
  }

  /** The first verb of the clause that opens at {@code cue}, or -1 ("two days after May 4"). */
  private static int clauseVerb(List<Trigger> triggers, List<Clause> clauses, int cue) {
    for (int c = 0; c < clauses.size(); c++) {
      if (clauses.get(c).begin() == cue) {
        for (int i = 0; i < triggers.size(); i++) {
          if (triggers.get(i).clause() == c && triggers.get(i).verbal()) {
            return i;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  private static void put(List<List<Anchor>> out, Anchor[] anchors, int i, Anchor a) {
    if (anchors[i] != null && anchors[i].timex() == a.timex()
        || out.get(i).stream().anyMatch(m -> m.timex() == a.timex())) {
      return;
    }
    List<Anchor> grown = new ArrayList<>(out.get(i));
    grown.add(a);
    out.set(i, grown);
  }
}
