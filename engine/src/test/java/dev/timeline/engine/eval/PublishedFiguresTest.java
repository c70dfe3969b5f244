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
