package dev.timeline.engine.eval;

import dev.timeline.engine.Span;
import dev.timeline.engine.event.Aspect;
import dev.timeline.engine.event.EventClass;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.event.Factuality;
import dev.timeline.engine.event.Tense;
import dev.timeline.engine.temporal.Anchoring;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TimexModifier;
import dev.timeline.engine.temporal.TimexType;
import java.util.List;
import java.util.Optional;

/** Hand-built gold documents and system output for scorer tests. */
final class Fixtures {
  private Fixtures() {}

  static TimeMlDocument document(String text, List<GoldTimex> timexes, List<GoldEvent> events,
      List<GoldEventInstance> instances) {
    return new TimeMlDocument(
        "doc", text, Optional.empty(), timexes, events, List.of(), instances, List.of());
  }

  /** A gold TIMEX3 over the first occurrence of {@code covered}. */
  static GoldTimex gold(String text, String covered, String type, String value) {
    return new GoldTimex("t", spanOf(text, covered), covered, type, value, "", "", "NONE");
  }

  static GoldEvent goldEvent(String text, String covered, String eid, String eventClass) {
    return new GoldEvent(eid, spanOf(text, covered), covered, eventClass);
  }

  static TemporalExpression system(String text, String covered, TimexType type, String value) {
    return new TemporalExpression(
        spanOf(text, covered),
        covered,
        type,
        value,
        TimexModifier.NONE,
        Optional.empty(),
        Optional.empty(),
        Anchoring.absolute("test"),
        "",
        "");
  }

  static EventMention systemEvent(
      String text, String covered, EventClass eventClass, Tense tense, Aspect aspect) {
    return new EventMention(
        "e", spanOf(text, covered), covered, covered, eventClass, tense, aspect,
        Factuality.ASSERTED, false, "", 0, -1, Optional.empty(), Optional.empty(), 1.0);
  }

  static Span spanOf(String text, String covered) {
    int at = text.indexOf(covered);
    if (at < 0) {
      throw new IllegalArgumentException("\"" + covered + "\" is not in the text");
    }
    return new Span(at, at + covered.length());
  }
}
