package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * "The first such flight since 1990", "prices at their highest level since 2008": the year after
 * "since" bounds a gap before the event, it is not when the event happened, so no event of the
 * sentence is anchored to it.
 */
final class SuperlativeSince {
  /** Words that make the phrase before "since" a record: "first", "highest", "most". */
  private static final Set<String> RECORD_WORDS = Set.of("first", "only", "most", "least");
  /** How far before "since" the record word may stand ("the first such mission by any country"). */
  private static final int REACH = 8;

  private SuperlativeSince() {}

  static void drop(List<Token> tokens, List<Trigger> triggers, Anchor[] anchors) {
    for (int i = 0; i < triggers.size(); i++) {
      if (anchors[i] != null && recordBound(tokens, anchors[i].timex())) {
        anchors[i] = null;
      }
    }
  }

  private static boolean recordBound(List<Token> tokens, SentenceTimex x) {
    int since = x.first() - 1;
    if (since < 1 || since >= tokens.size() || !tokens.get(since).lower().equals("since")) {
      return false;
    }
    for (int k = since - 1; k >= 0 && k >= since - REACH; k--) {
      Token w = tokens.get(k);
      String pos = w.pos();
      if (RECORD_WORDS.contains(w.lower()) || pos.equals("JJS") || pos.equals("RBS")) {
        return true;
      }
      if (w.isVerb() || pos.equals(",") || pos.equals(":") || pos.equals(".")) {
        return false;
      }
    }
    return false;
  }
}
