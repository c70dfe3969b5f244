package dev.timeline.engine.event;

import dev.timeline.engine.RuleData;
import dev.timeline.engine.text.Token;
import java.util.List;
import java.util.Locale;

/**
 * A broadcast anchor's hand-off to a named reporter: "Dana Reyes has more.", "Tom Ivers will
 * have the latest from Ostend." The "have" passes the story on and names no event.
 */
final class BroadcastHandoffs {
  private static final List<List<String>> OBJECTS = RuleData.lines(BroadcastHandoffs.class,
      "broadcast-handoffs.txt").stream()
      .map(line -> List.of(line.strip().toLowerCase(Locale.ROOT).split(" +")))
      .toList();

  private BroadcastHandoffs() {}

  /** Whether the verb group is a hand-off: "have" after a name, a hand-off object after it. */
  static boolean handsOff(List<Token> tokens, VerbGroup g) {
    if (!tokens.get(g.head()).lemma().equals("have") || g.first() == 0
        || !tokens.get(g.first() - 1).pos().equals("NNP")) {
      return false;
    }
    for (List<String> object : OBJECTS) {
      int end = g.head() + 1 + object.size();
      if (end <= tokens.size() && EventLexicon.matches(tokens, g.head() + 1, object)
          && (end == tokens.size() || !tokens.get(end).isNoun())) {
        return true;
      }
    }
    return false;
  }
}
