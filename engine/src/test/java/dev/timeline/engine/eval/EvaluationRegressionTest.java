package dev.timeline.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The regression guard: re-runs the published evaluation (standard engine on TBAQ) and fails when
 * any F1 falls below the figure last published in {@code docs/evaluation.md}. Republishing (see
 * that file) raises the bar.
 *
 * <p>Text analysis is most of the run time and only events need it, so the whole pipeline runs
 * only once some event figure is published above zero; the tagger alone gives the same TIMEX3
 * scores.
 */
class EvaluationRegressionTest {
  @Test
  void noScoreFallsBelowThePublishedFigures() throws IOException {
    List<Path> corpora = Tbaq.corporaOrSkip();
    Path docs = Path.of(System.getProperty("timeline.testdata")).getParent().resolve("docs/evaluation.md");
    assumeTrue(Files.isRegularFile(docs), "skipped: no " + docs);
    Map<String, Double> published =
        PublishedFigures.parse(Files.readString(docs, StandardCharsets.UTF_8));
    assertThat(published).as("figures in " + docs).isNotEmpty();

    // Anchoring is scored on the events, so its figures need the whole pipeline too.
    boolean eventsPublished =
        published.entrySet().stream()
            .anyMatch(
                e -> (e.getKey().contains(".event.") || e.getKey().contains(".anchor."))
                    && e.getValue() > 0);
    EvaluationRun run = new Evaluator(new Evaluator.Settings(true, eventsPublished)).evaluate(corpora);
    Map<String, Double> measured = run.metrics();

    List<String> fallen = PublishedFigures.fallen(published, measured);
    assertThat(fallen)
        .as("scores below docs/evaluation.md (fix the regression, or republish if intended)")
        .isEmpty();
  }
}
