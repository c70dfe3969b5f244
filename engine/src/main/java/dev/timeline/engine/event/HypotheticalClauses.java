package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Clauses whose events the text does not assert: conditions ("if he comes"), and a present-tense
 * event that a future or modal main clause depends on, either as its time clause ("will be
 * destroyed as soon as he says it": the saying has not happened) or as its free-relative subject
 * ("whoever threatens Russia will be destroyed"). In English such clauses speak of the future in
 * the present tense; a past tense keeps the event a fact ("whoever killed him will be punished").
 */
final class HypotheticalClauses {
  static final Set<String> MODALS =
      Set.of("may", "might", "could", "would", "should", "must", "can", "ought", "shall", "will");
  private static final Set<String> FREE_RELATIVES =
      Set.of("whoever", "whomever", "whatever", "whichever");
  /** Antecedents that make "who"/"that" a free relative: "anyone who threatens". */
  private static final Set<String> ANY_ONE = Set.of("anyone", "anybody", "anything");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which");
  /** Conditions whose consequence is not asserted ("whether" opens no consequence). */
  private static final Set<String> FRONTED_CONDITIONS = Set.of("if", "unless");

  private HypotheticalClauses() {}

  /** For each trigger of a sentence, whether {@link #hypothetical} holds: computed once. */
  static boolean[] mark(List<Token> tokens, List<Trigger> triggers, List<Clause> clauses) {
    boolean[] out = new boolean[triggers.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = hypothetical(triggers.get(i), tokens, triggers, clauses);
    }
    return out;
  }

  static boolean hypothetical(Trigger t, List<Token> tokens, List<Trigger> triggers,
      List<Clause> clauses) {
    for (int c = t.clause(); c >= 0; c = clauses.get(c).parent()) {
      if (clauses.get(c).conditional() || underFrontedCondition(c, clauses)) {
        return true;
      }
      if (clauses.get(c).parent() >= c) {
        break;
      }
    }
    if (t.tense() != Tense.PRESENT) {
      return false;
    }
    return underModalTimeClause(t, triggers, clauses)
        || modalAfterFreeRelative(t, tokens, triggers);
  }

  /**
   * Clause {@code c} is the consequence of a condition that opens the sentence ("If the bill
   * passes, the mayor is expected to resign"): the condition is cut off at its comma as a clause
   * of its own, and what depends on it is no more asserted than the condition itself.
   */
  private static boolean underFrontedCondition(int c, List<Clause> clauses) {
    for (int d = 0; d < c; d++) {
      Clause dependent = clauses.get(d);
      if (dependent.parent() == c && FRONTED_CONDITIONS.contains(dependent.marker())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The trigger's time clause hangs on a clause whose nearest verb group has a modal. A clause
   * holding no verb ("as soon" before "as he says it") passes the question to its own parent.
   */
  private static boolean underModalTimeClause(Trigger t, List<Trigger> triggers,
      List<Clause> clauses) {
    int c = t.clause();
    while (clauses.get(c).temporal()) {
      int p = clauses.get(c).parent();
      if (p < 0) {
        return false;
      }
      VerbGroup governor = nearestGroup(triggers, p, clauses.get(p).begin() > clauses.get(c).begin());
      if (governor != null) {
        return MODALS.contains(governor.modal());
      }
      if (p >= c) {
        return false;
      }
      c = p;
    }
    return false;
  }

  /** The verb group of clause {@code clause} next to its dependent: first if after it, else last. */
  private static VerbGroup nearestGroup(List<Trigger> triggers, int clause, boolean first) {
    VerbGroup found = null;
    for (Trigger other : triggers) {
      if (other.clause() == clause && other.group() != null && other.group().finite()) {
        if (first) {
          return other.group();
        }
        found = other.group();
      }
    }
    return found;
  }

  /**
   * The trigger is the verb of a free relative ("whoever gets ...", "anyone who threatens ...")
   * and the next finite verb group that is not coordinated with it, its main verb, has a modal.
   */
  private static boolean modalAfterFreeRelative(Trigger t, List<Token> tokens,
      List<Trigger> triggers) {
    int k = t.group().first() - 1; // the tagger may read "whoever" as an adverb
    while (k >= 0 && tokens.get(k).pos().startsWith("RB")
        && !FREE_RELATIVES.contains(lower(tokens.get(k)))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    String w = lower(tokens.get(k));
    boolean free = FREE_RELATIVES.contains(w)
        || (RELATIVE_PRONOUNS.contains(w) && k > 0 && ANY_ONE.contains(lower(tokens.get(k - 1))));
    if (!free) {
      return false;
    }
    for (Trigger other : triggers) {
      VerbGroup g = other.group();
      if (g != null && g.first() > t.group().head() && g.finite()
          && !tokens.get(g.first() - 1).pos().equals("CC")) {
        return MODALS.contains(g.modal());
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.lower();
  }
}
