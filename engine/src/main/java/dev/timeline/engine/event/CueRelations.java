package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Corrects the relation a preposition gives ({@link SentenceTimex}) where the event it anchors
 * reads the cue otherwise:
 *
 * <ul>
 *   <li>a negated event "until" a time starts then ("the mill won't reopen until June");
 *   <li>a progressive "by" a time was going on then, not done by then ("by noon, crowds were
 *       gathering"), and a state "by" a time holds then ("hopes to own 40 stores by 2026");
 *   <li>what a verb of prolonging extends "through" a time ends then ("extended the loans
 *       through March");
 *   <li>a plural event noun "since" a time counts events that came after it, not ones that
 *       started then ("six raids since March");
 *   <li>an event noun after "after" or "before" that borrowed its clause's time happened before
 *       or after it ("prices fell in May after a poor harvest": the harvest came first),
 *       inside it when the time is a year ("the mine shut in 2019 after a flood");
 *   <li>a verb whose date dates the noun (or a gerund's object) after its "after", "before" or
 *       "since" ("the roof was rebuilt after a storm in April", "taught before joining the
 *       board in May", "has doubled since the merger in March", or such a phrase opening the
 *       sentence) follows, precedes or begins at that date, inside it when the date is a year
 *       ("was founded after a split in 1975");
 *   <li>an event moved "from" a time ("the final was postponed from Sunday") was moved before
 *       that time, which it no longer holds; it did not start then.
 * </ul>
 */
final class CueRelations {
  private CueRelations() {}

  /** Words inside a noun phrase, between its preposition and its head noun. */
  private static final Set<String> PHRASE_TAGS =
      Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "RB");
  /** How far back from its noun a preposition may stand ("after a far weaker sales forecast"). */
  private static final int PHRASE_REACH = 5;

  /** Rewrites, in place, the relations of the anchors that one of the cases above fits. */
  static void apply(List<Token> tokens, List<Trigger> triggers, Anchor[] anchors) {
    for (int i = 0; i < anchors.length; i++) {
      Anchor a = anchors[i];
      if (a == null) {
        continue;
      }
      Trigger t = triggers.get(i);
      if (t.kind() == Trigger.Kind.NOUN && a.confidence() == TimeAnchoring.SAME_CLAUSE) {
        int p = preposition(tokens, t.token());
        String word = p < 0 ? "" : tokens.get(p).lower();
        if ((word.equals("after") || word.equals("before")) && a.timex().last() < p) {
          // Inside a year ("closed in 2022 after a storm") the cause is within it too: the
          // engine cannot say "before, within 2022", and "before 2022" would be wrong.
          // A month is too short to hold both: "fell in February after a weak forecast" may
          // follow a January one.
          if (!a.timex().yearOrCoarser()) {
            anchors[i] = new Anchor(a.timex(), TimeAnchoring.subordinateRelation(word),
                a.confidence());
          }
          continue;
        }
      }
      if (t.kind() == Trigger.Kind.NOUN && tokens.get(t.token()).pos().equals("NNS")
          && a.relation() == TemporalRelation.BEGINS && a.timex().first() == t.token() + 2
          && tokens.get(t.token() + 1).lower().equals("since")) {
        // "six raids since March": each came after it; none of them started then.
        anchors[i] = new Anchor(a.timex(), TemporalRelation.AFTER, a.confidence());
        continue;
      }
      if (t.verbal() && (a.confidence() == TimeAnchoring.OWN
          || a.confidence() == TimeAnchoring.FRONTED || a.confidence() == TimeAnchoring.SAME_CLAUSE)
          && a.relation() == TemporalRelation.ON) {
        String cue = nounsCue(tokens, t, a.timex());
        if (!cue.isEmpty()) {
          anchors[i] = new Anchor(a.timex(), TimeAnchoring.mainRelation(cue), a.confidence());
          continue;
        }
      }
      if (a.relation() == TemporalRelation.BEGINS && a.timex().preposition().equals("from")
          && t.verbal() && RESCHEDULING.contains(tokens.get(t.token()).lemma())) {
        anchors[i] = new Anchor(a.timex(), TemporalRelation.BEFORE, a.confidence());
        continue;
      }
      TemporalRelation r = corrected(t, tokens.get(t.token()).lemma(), a.timex().preposition(),
          a.relation());
      if (r != a.relation()) {
        anchors[i] = new Anchor(a.timex(), r, a.confidence());
      }
    }
  }

  /** Verbs that move an event in time: "from" a date names the time it was moved away from. */
  private static final Set<String> RESCHEDULING = Set.of("postpone", "delay", "reschedule",
      "move", "defer", "push", "bring", "advance");

  /** Prepositions by which a date postmodifies the event noun before it ("a storm in April"). */
  private static final Set<String> NOUN_DATE_PREPOSITIONS = Set.of("in", "on", "at", "during");

  /**
   * "after" or "before" when the verb's own date is that of a noun the cue governs right before
   * it ("rebuilt after a storm in April"), else "". A year or longer holds both events,
   * and a bare date after the noun ("resigned after the merger last May") may be the verb's.
   */
  private static String nounsCue(List<Token> tokens, Trigger verb, SentenceTimex x) {
    if (x.yearOrCoarser() || !NOUN_DATE_PREPOSITIONS.contains(x.preposition()) || x.first() < 2) {
      return "";
    }
    int noun = x.first() - 2;
    String tag = tokens.get(noun).pos();
    int p = tag.startsWith("NN") ? preposition(tokens, noun) : -1;
    if (p < 0 || (tag.startsWith("NNP") && !tokens.get(p + 1).pos().equals("VBG"))) {
      // A name is an event only as a gerund's object ("before joining the Senate in May").
      return "";
    }
    if (p <= verb.token() && !(p == 0 && x.last() < verb.token())) {
      // A cue before the verb counts only when it opens the sentence and its date comes
      // before the verb too ("After the fire in March, the theatre was rebuilt").
      return "";
    }
    String word = tokens.get(p).lower();
    return word.equals("after") || word.equals("before") || word.equals("since") ? word : "";
  }

  /** Verbs that move an end later: what they extend "through" a time lasts until then. */
  private static final Set<String> PROLONGING = Set.of("extend", "prolong");

  static TemporalRelation corrected(Trigger t, String lemma, String preposition,
      TemporalRelation r) {
    VerbGroup g = t.group();
    if (r == TemporalRelation.ENDS && preposition.equals("by")
        && t.eventClass() == EventClass.STATE) {
      // "hopes to own 40 stores by 2026": the owning holds then; nothing culminates.
      return TemporalRelation.ON;
    }
    if (r == TemporalRelation.DURING && preposition.equals("through") && t.verbal()
        && PROLONGING.contains(lemma)) {
      // "extended the loans through March": March is the new end, not a stretch filled.
      return TemporalRelation.ENDS;
    }
    if (r == TemporalRelation.ENDS && g != null && g.negated()
        && (preposition.equals("until") || preposition.equals("till"))) {
      return TemporalRelation.BEGINS;
    }
    if (r == TemporalRelation.ENDS && g != null && preposition.equals("by")
        && (g.aspect() == Aspect.PROGRESSIVE || g.aspect() == Aspect.PERFECTIVE_PROGRESSIVE)) {
      return TemporalRelation.ON;
    }
    return r;
  }

  /** The preposition that governs the noun at {@code noun}, or -1 when none stands close before. */
  private static int preposition(List<Token> tokens, int noun) {
    boolean gerund = false;
    for (int k = noun - 1; k >= 0 && k >= noun - PHRASE_REACH; k--) {
      Token w = tokens.get(k);
      if (w.pos().equals("IN")) {
        return k;
      }
      if (!gerund && w.pos().equals("VBG") && k > 0 && tokens.get(k - 1).pos().equals("IN")) {
        // The noun is a gerund's object: "before joining the Senate", "after winning the vote".
        gerund = true;
        continue;
      }
      if (!PHRASE_TAGS.contains(w.pos())) {
        return -1;
      }
    }
    return -1;
  }
}
