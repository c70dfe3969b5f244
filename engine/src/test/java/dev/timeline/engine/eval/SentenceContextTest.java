package dev.timeline.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.Span;
import org.junit.jupiter.api.Test;

class SentenceContextTest {
  @Test
  void cutsAtSentenceEndsAndMarksTheSpan() {
    String text = "First one. The vote is on\n  Friday, he said. Last one.";
    int at = text.indexOf("Friday");
    assertThat(SentenceContext.around(text, new Span(at, at + 6)))
        .isEqualTo("The vote is on [[Friday]], he said.");
  }

  @Test
  void cutsAtBlankLinesAndAtTheEdgesOfTheText() {
    String text = "HEADLINE\n\nMonday was quiet";
    assertThat(SentenceContext.around(text, new Span(10, 16))).isEqualTo("[[Monday]] was quiet");
    assertThat(SentenceContext.around("today", new Span(0, 5))).isEqualTo("[[today]]");
  }

  @Test
  void keepsLongSentencesToAWindow() {
    String text = "x".repeat(1000) + " now " + "y".repeat(1000);
    int at = text.indexOf("now");
    String context = SentenceContext.around(text, new Span(at, at + 3));
    assertThat(context).contains("[[now]]");
    assertThat(context.length()).isLessThanOrEqualTo(2 * SentenceContext.REACH + 8);
  }
}
