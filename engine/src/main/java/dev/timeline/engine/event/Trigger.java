package dev.timeline.engine.event;

/**
 * Where an event sits in its sentence, before it is anchored.
 *
 * @param token index of the trigger in the sentence's token list
 * @param group the verb group of a verbal or predicative event, null for an event noun
 * @param clause index of its clause
 */
record Trigger(int token, Kind kind, EventClass eventClass, VerbGroup group, int clause) {
  enum Kind {
    /** "sent", "was elected". */
    VERB,
    /** "is very close", "is a threat": the predicate of a copula. */
    PREDICATE,
    /** "the war", "the airstrikes". */
    NOUN
  }

  boolean verbal() {
    return kind != Kind.NOUN;
  }

  Tense tense() {
    return group == null ? Tense.NONE : group.tense();
  }
}
