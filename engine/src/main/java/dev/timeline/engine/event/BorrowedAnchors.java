package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Dates an event does not take from its sentence. A date inside quotation marks places the quoted
 * words, not the reporting verb outside them nor the event nouns there: "'The first half was
 * slow,' she said after the match" says nothing of when she said it or when the match was. A
 * period after "for" that a forecast names ("raised its outlook for 2026") is the forecast's, not
 * the time of raising it (the tagger may read "forecast" as an adjective, so no event noun is
 * there to take it). Only the event's own expression right beside it would still count.
 */
final class BorrowedAnchors {
  /** Nouns whose "for" period is what they foresee: "its forecast for fiscal 2025". */
  private static final Set<String> FORECASTS = Set.of("forecast", "forecasts", "outlook",
      "guidance", "estimate", "estimates", "projection", "projections", "target", "targets",
      "expectations", "budget");

  private BorrowedAnchors() {}

  static void drop(List<Token> tokens, List<Trigger> triggers, List<SentenceTimex> timexes,
      boolean[] quoted, Anchor[] anchors) {
    for (int i = 0; i < triggers.size(); i++) {
      Anchor a = anchors[i];
      Trigger t = triggers.get(i);
      if (a == null || a.confidence() >= TimeAnchoring.OWN
          || t.token() >= quoted.length || quoted[t.token()]) {
        continue;
      }
      SentenceTimex x = a.timex();
      if (t.verbal() && timexes.contains(x) && x.periodOfNoun() && x.first() >= 2
          && FORECASTS.contains(tokens.get(x.first() - 2).lower())) {
        anchors[i] = null;
        continue;
      }
      // A date carried over from an earlier sentence counts its tokens there: not this one's.
      if (timexes.contains(x) && x.first() >= 0 && x.first() < quoted.length
          && quoted[x.first()]) {
        anchors[i] = null;
      }
    }
  }
}
