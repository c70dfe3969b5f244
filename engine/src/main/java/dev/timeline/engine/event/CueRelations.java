package dev.timeline.engine.event;

import java.util.List;

/**
 * Corrects the relation a preposition gives ({@link SentenceTimex}) where the event it anchors
 * reads the cue otherwise:
 *
 * <ul>
 *   <li>a negated event "until" a time starts then ("the mill won't reopen until June");
 *   <li>a progressive "by" a time was going on then, not done by then ("by noon, crowds were
 *       gathering").
 * </ul>
 */
final class CueRelations {
  private CueRelations() {}

  /** Rewrites, in place, the relations of the anchors that one of the cases above fits. */
  static void apply(List<Trigger> triggers, Anchor[] anchors) {
    for (int i = 0; i < anchors.length; i++) {
      Anchor a = anchors[i];
      if (a == null) {
        continue;
      }
      TemporalRelation r = corrected(triggers.get(i), a.timex().preposition(), a.relation());
      if (r != a.relation()) {
        anchors[i] = new Anchor(a.timex(), r, a.confidence());
      }
    }
  }

  static TemporalRelation corrected(Trigger t, String preposition, TemporalRelation r) {
    VerbGroup g = t.group();
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
}
