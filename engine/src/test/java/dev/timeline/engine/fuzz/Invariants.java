package dev.timeline.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.Span;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.eval.TimexValueSyntax;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TimexType;
import dev.timeline.engine.text.Sentence;
import dev.timeline.engine.text.Token;
import dev.timeline.engine.timeline.TimelineEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What must hold for any input text: the contracts of the engine's interfaces. */
final class Invariants {
  private Invariants() {}

  /** The {@code TemporalTagger} contract: in text order, non-overlapping, inside the text. */
  static void checkExpressions(String text, List<TemporalExpression> expressions) {
    int previousEnd = 0;
    for (int i = 0; i < expressions.size(); i++) {
      TemporalExpression e = expressions.get(i);
      checkSpan(text, e.span(), "expression " + i);
      assertThat(e.text()).as("text of expression %d", i).isEqualTo(e.span().of(text));
      assertThat(e.span().begin())
          .as("expression %d starts after the previous one ends", i)
          .isGreaterThanOrEqualTo(previousEnd);
      previousEnd = e.span().end();
      assertThat(TimexValueSyntax.isWellFormed(e.value()))
          .as("value \"%s\" of \"%s\" is a TIMEX3 value", e.value(), e.text())
          .isTrue();
      if (e.type() == TimexType.DURATION) {
        assertThat(e.value()).as("duration value of \"%s\"", e.text()).startsWith("P");
      }
      int anchor = e.anchoring().anchorExpressionIndex();
      assertThat(anchor).as("anchor of expression %d", i).isBetween(-1, expressions.size() - 1);
    }
  }

  /** The whole result: analysis, expressions, events and timeline all point into the text. */
  static void checkResult(String text, ExtractionResult result) {
    assertThat(result.analyzed().text()).isEqualTo(text);
    int previousEnd = 0;
    for (Sentence s : result.analyzed().sentences()) {
      checkSpan(text, s.span(), "sentence " + s.index());
      assertThat(s.span().begin()).as("sentences in order").isGreaterThanOrEqualTo(previousEnd);
      previousEnd = s.span().end();
      for (Token t : s.tokens()) {
        checkSpan(text, t.span(), "token " + t.index());
        assertThat(s.span().contains(t.span())).as("token %d inside its sentence", t.index()).isTrue();
      }
    }
    checkExpressions(text, result.expressions());
    Set<String> ids = new HashSet<>();
    for (EventMention m : result.events()) {
      checkSpan(text, m.trigger(), "event " + m.id());
      assertThat(m.triggerText()).as("trigger text of %s", m.id()).isEqualTo(m.trigger().of(text));
      assertThat(ids.add(m.id())).as("event id %s unique", m.id()).isTrue();
      assertThat(m.anchorExpressionIndex())
          .as("anchor of %s", m.id())
          .isBetween(-1, result.expressions().size() - 1);
      assertThat(m.confidence()).as("confidence of %s", m.id()).isBetween(0.0, 1.0);
    }
    for (TimelineEntry entry : result.timeline().entries()) {
      checkSpan(text, entry.sentence(), "timeline sentence");
      checkSpan(text, entry.trigger(), "timeline trigger");
      entry.expression().ifPresent(x -> checkSpan(text, x, "timeline expression"));
      assertThat(ids).as("timeline entry's events").containsAll(entry.eventIds());
      if (!entry.value().isEmpty()) {
        assertThat(TimexValueSyntax.isWellFormed(entry.value()))
            .as("timeline value %s", entry.value())
            .isTrue();
      }
    }
  }

  private static void checkSpan(String text, Span span, String what) {
    assertThat(span.end()).as("%s %s inside text of length %d", what, span, text.length())
        .isLessThanOrEqualTo(text.length());
  }
}
