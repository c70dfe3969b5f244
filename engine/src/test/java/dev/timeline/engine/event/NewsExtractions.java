package dev.timeline.engine.event;

import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.Engines;
import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.TimelineEngine;
import java.util.List;

/** Runs the standard engine on a news text and looks up its events by trigger, for tests. */
final class NewsExtractions {
  private static final TimelineEngine ENGINE = Engines.standard();

  private NewsExtractions() {}

  static ExtractionResult extract(String text, String published) {
    return ENGINE.extract(DocumentInput.news("test", text, PublicationDate.parse(published)));
  }

  /** The n-th (from 0) event with this trigger. */
  static EventMention event(ExtractionResult r, String trigger, int n) {
    return r.events().stream().filter(e -> e.triggerText().equals(trigger)).skip(n).findFirst()
        .orElseThrow(() -> new AssertionError("no event '" + trigger + "' #" + n + " in "
            + r.events().stream().map(EventMention::triggerText).toList()));
  }

  /** The text of the expression the n-th such event is anchored to, or "" when it has none. */
  static String anchorOf(ExtractionResult r, String trigger, int n) {
    EventMention e = event(r, trigger, n);
    return e.anchored() ? r.expressions().get(e.anchorExpressionIndex()).text() : "";
  }

  /** The first event with this trigger. */
  static EventMention event(ExtractionResult r, String trigger) {
    return event(r, trigger, 0);
  }

  /** The text of the expression the first such event is anchored to, or "" when it has none. */
  static String anchorOf(ExtractionResult r, String trigger) {
    return anchorOf(r, trigger, 0);
  }

  /** The relations and expression texts of the first such event's additional anchors. */
  static List<String> additional(ExtractionResult r, String trigger) {
    return event(r, trigger).additionalAnchors().stream()
        .map(a -> a.relation() + " " + r.expressions().get(a.expressionIndex()).text())
        .toList();
  }
}
