package dev.timeline.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanAlignmentTest {
  @Test
  void exactSpansMatchStrictlyAndOverlapsRelaxedly() {
    SpanAlignment a =
        SpanAlignment.align(
            List.of(new Span(0, 5), new Span(10, 20), new Span(30, 35)),
            List.of(new Span(0, 5), new Span(12, 25), new Span(40, 45)));
    assertThat(a.matches())
        .containsExactly(new SpanAlignment.Match(0, 0, true), new SpanAlignment.Match(1, 1, false));
    assertThat(a.strictMatches()).isEqualTo(1);
    assertThat(a.relaxedMatches()).isEqualTo(2);
    assertThat(a.missed()).containsExactly(2);
    assertThat(a.spurious()).containsExactly(2);
  }

  @Test
  void matchingIsOneToOneAndExactMatchesArePairedFirst() {
    // Gold 0 overlaps both system spans, but system 1 is gold 1's exact match: gold 0 takes 0.
    SpanAlignment a =
        SpanAlignment.align(
            List.of(new Span(0, 10), new Span(8, 12)), List.of(new Span(2, 4), new Span(8, 12)));
    assertThat(a.matches())
        .containsExactlyInAnyOrder(
            new SpanAlignment.Match(0, 0, false), new SpanAlignment.Match(1, 1, true));

    // Two system spans inside one gold span: one matches, the other is spurious.
    SpanAlignment split =
        SpanAlignment.align(List.of(new Span(0, 10)), List.of(new Span(0, 3), new Span(4, 10)));
    assertThat(split.matches()).containsExactly(new SpanAlignment.Match(0, 1, false));
    assertThat(split.spurious()).containsExactly(0);
  }

  @Test
  void touchingSpansDoNotOverlap() {
    SpanAlignment a = SpanAlignment.align(List.of(new Span(0, 5)), List.of(new Span(5, 9)));
    assertThat(a.matches()).isEmpty();
    assertThat(a.missed()).containsExactly(0);
    assertThat(a.spurious()).containsExactly(0);
  }
}
