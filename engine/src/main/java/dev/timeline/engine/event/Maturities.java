package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.List;

/**
 * A debt's maturity written after the debt: "bonds due March 1, 2030", "notes, due May 15". No
 * copula carries "due" there, so it stands as an event without a verb group (a state), and it
 * lasts until that date: the date ends it rather than containing it.
 */
final class Maturities {
  private Maturities() {}

  /** Adds a state trigger for each "due" right after a noun (a comma between) and before a date. */
  static void find(List<Token> tokens, List<Trigger> out, boolean[] taken, List<Clause> clauses) {
    for (int i = 1; i < tokens.size(); i++) {
      if (taken[i] || !maturity(tokens, i)) {
        continue;
      }
      out.add(new Trigger(i, Trigger.Kind.NOUN, EventClass.STATE, null,
          Triggers.clauseOf(clauses, i)));
      taken[i] = true;
    }
  }

  /** A maturity anchored to its own date ends there: the debt runs until it falls due. */
  static void relate(List<Token> tokens, List<Trigger> triggers, Anchor[] anchors) {
    for (int i = 0; i < triggers.size(); i++) {
      Trigger t = triggers.get(i);
      Anchor a = anchors[i];
      if (a != null && t.kind() == Trigger.Kind.NOUN && maturity(tokens, t.token())
          && a.timex().first() == t.token() + 1) {
        anchors[i] = new Anchor(a.timex(), TemporalRelation.ENDS, a.confidence());
      }
    }
  }

  private static boolean maturity(List<Token> tokens, int i) {
    if (i < 1 || i + 1 >= tokens.size() || !tokens.get(i).lower().equals("due")
        || !DateWords.opensDate(tokens.get(i + 1))) {
      return false;
    }
    int before = tokens.get(i - 1).text().equals(",") ? i - 2 : i - 1;
    return before >= 0 && tokens.get(before).isNoun();
  }
}
