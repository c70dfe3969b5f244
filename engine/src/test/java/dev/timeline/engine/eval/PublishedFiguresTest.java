package dev.timeline.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void readsTheBlockInsideTheGeneratedSectionEvenWhenProseQuotesTheMarkers() {
    String markdown =
        "The guard reads " + PublishedFigures.GUARD_BEGIN + " ... " + PublishedFigures.GUARD_END
            + " blocks.\n" + PublishedFigures.SECTION_BEGIN + "\n"
            + PublishedFigures.guardBlock(Map.of("overall.timex.type.f1", 90.5))
            + PublishedFigures.SECTION_END + "\n";
    assertThat(PublishedFigures.parse(markdown)).containsExactly(Map.entry("overall.timex.type.f1", 90.5));
  }

  @Test
  void theRepositorysEvaluationDocumentHasFiguresForTheGuard() throws IOException {
    Path docs =
        Path.of(System.getProperty("timeline.testdata")).getParent().resolve("docs/evaluation.md");
    Map<String, Double> figures = PublishedFigures.parse(Files.readString(docs, StandardCharsets.UTF_8));
    assertThat(figures)
        .containsKeys("timebank.timex.value.f1", "aquaint.timex.value.f1", "overall.timex.relaxed.f1");
  }

  @Test
  void theGuardSkipsFiguresNotYetPublishedAndFlagsFallenOrVanishedOnes() {
    Map<String, Double> published = new LinkedHashMap<>();
    published.put("timebank.timex.value.f1", 80.0);
    published.put("timebank.event.class.f1", 0.0);
    published.put("timebank.event.strict.f1", 70.0);
    published.put("aquaint.timex.value.f1", 75.0);
    Map<String, Double> measured = new LinkedHashMap<>();
    measured.put("timebank.timex.value.f1", 79.996);
    measured.put("aquaint.timex.value.f1", 74.0);
    measured.put("timebank.anchor.timex.f1", 10.0);
    measured.put("timebank.anchor.dct.accuracy", 5.0);

    assertThat(PublishedFigures.fallen(published, measured))
        .containsExactly(
            "timebank.event.strict.f1: published 70.0, no longer measured",
            "aquaint.timex.value.f1: published 75.0, now 74.0");
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
