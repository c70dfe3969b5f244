package dev.timeline.engine.event;

import java.util.List;

/**
 * A date inside quotation marks places the quoted words, not the reporting verb outside them:
 * "'The first half was slow,' she said" says nothing of when she said it. Only the verb's own
 * expression right beside it would still count.
 */
final class BorrowedAnchors {
  private BorrowedAnchors() {}

  static void drop(List<Trigger> triggers, List<SentenceTimex> timexes, boolean[] quoted,
      Anchor[] anchors) {
    for (int i = 0; i < triggers.size(); i++) {
      Anchor a = anchors[i];
      Trigger t = triggers.get(i);
      if (a == null || a.confidence() >= TimeAnchoring.OWN || !t.verbal()
          || t.token() >= quoted.length || quoted[t.token()]) {
        continue;
      }
      SentenceTimex x = a.timex();
      // A date carried over from an earlier sentence counts its tokens there: not this one's.
      if (timexes.contains(x) && x.first() >= 0 && x.first() < quoted.length
          && quoted[x.first()]) {
        anchors[i] = null;
      }
    }
  }
}
