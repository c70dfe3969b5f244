package dev.timeline.engine.timeline;

import dev.timeline.engine.RuleData;
import java.util.Set;

/** Verbs that only carry an event noun ("held an election"), from {@code support-verbs.txt}. */
final class SupportVerbs {
  private static final Set<String> LEMMAS = RuleData.words(SupportVerbs.class, "support-verbs.txt");

  private SupportVerbs() {}

  static boolean contains(String lemma) {
    return LEMMAS.contains(lemma);
  }
}
