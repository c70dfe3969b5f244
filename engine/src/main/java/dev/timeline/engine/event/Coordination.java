package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A bare verb coordinated with an earlier group shares its auxiliaries: "can sit ... and still
 * not make it" (modal "can"), "to threaten Russia and speak the name" (an infinitive).
 */
final class Coordination {
  private Coordination() {}

  static List<VerbGroup> share(List<Token> tokens, List<VerbGroup> groups) {
    List<VerbGroup> out = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      VerbGroup g = groups.get(i);
      VerbGroup previous = i > 0 ? out.get(i - 1) : null;
      if (previous != null && singleVerb(tokens, g) && tokens.get(g.head()).pos().equals("VB")
          && coordinated(tokens, previous.head(), g.first())) {
        g = new VerbGroup(g.first(), g.head(), previous.tense(), g.aspect(), g.negated(),
            previous.modal(), previous.infinitive(), g.passive());
      }
      out.add(g);
    }
    return List.copyOf(out);
  }

  private static boolean singleVerb(List<Token> tokens, VerbGroup g) {
    for (int k = g.first(); k < g.head(); k++) {
      if (tokens.get(k).isVerb() || tokens.get(k).pos().equals("TO")) {
        return false;
      }
    }
    return true;
  }

  /** An "and"/"or" between the two groups, and no clause-breaking punctuation. */
  private static boolean coordinated(List<Token> tokens, int previousHead, int first) {
    boolean conjunction = false;
    for (int k = previousHead + 1; k < first; k++) {
      Token t = tokens.get(k);
      if (t.pos().equals("CC")) {
        conjunction = true;
      } else if (t.pos().equals(".") || t.pos().equals(":") || t.text().equals(";")
          || t.isVerb()) {
        return false;
      }
    }
    return conjunction;
  }
}
