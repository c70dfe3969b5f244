package dev.timeline.engine.event;

import java.util.Set;

/**
 * Verbs that join a subject to a state ("stay closed", "remained shut"): the past form after one
 * is the state it links, and the two read as one event. Shared by the tag repairs and by the
 * timeline's grouping of mentions.
 */
public final class LinkingVerbs {
  private static final Set<String> LEMMAS = Set.of("stay", "remain", "become", "seem");

  private LinkingVerbs() {}

  /** Whether the lemma is a linking verb's. */
  public static boolean isLinking(String lemma) {
    return LEMMAS.contains(lemma);
  }
}
