package dev.timeline.engine.event;

/**
 * A verb group: auxiliaries, negation and adverbs up to the main verb ("does not expect", "will
 * be destroyed", "to strictly comply"). Indexes are positions in the sentence's token list.
 *
 * @param first first token of the group (auxiliary, modal or "to")
 * @param head the main verb
 * @param modal lemma of the modal ("may", "will") or ""
 * @param infinitive introduced by "to"
 * @param passive be + past participle
 */
record VerbGroup(
    int first,
    int head,
    Tense tense,
    Aspect aspect,
    boolean negated,
    String modal,
    boolean infinitive,
    boolean passive) {

  /** Finite: carries tense or a modal, so it can head a clause of its own. */
  boolean finite() {
    return tense != Tense.NONE || !modal.isEmpty();
  }
}
