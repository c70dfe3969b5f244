package dev.timeline.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishedFiguresTest {
  @Test
  void guardBlockRoundTrips() {
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("timebank.timex.value.f1", 77.12);
    metrics.put("aquaint.timex.relaxed.f1", 0.0);
    String markdown =
        "# Evaluation\n\n" + PublishedFigures.guardBlock(metrics) + "\nReference: HeidelTime = 77\n";
    assertThat(PublishedFigures.parse(markdown)).isEqualTo(metrics);
  }

  @Test
  void replacesOnlyTheGeneratedSection() {
    String markdown =
        "intro\n" + PublishedFigures.SECTION_BEGIN + "\nold\n" + PublishedFigures.SECTION_END
            + "\nrest\n";
    String updated =
        PublishedFigures.replaceSection(
            markdown, PublishedFigures.SECTION_BEGIN + "\nnew\n" + PublishedFigures.SECTION_END);
    assertThat(updated)
        .isEqualTo(
            "intro\n" + PublishedFigures.SECTION_BEGIN + "\nnew\n" + PublishedFigures.SECTION_END
                + "\nrest\n");
  }

  @Test
  void missingMarkersOrBadNumbersAreErrors() {
    assertThatThrownBy(() -> PublishedFigures.parse("no block")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PublishedFigures.replaceSection("no section", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                PublishedFigures.parse(
                    PublishedFigures.GUARD_BEGIN + "\na = high\n" + PublishedFigures.GUARD_END))
        .hasMessageContaining("a");
  }
}
