package dev.timeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * The golden test: the seed article (published 2014-09-16) through the standard engine, end to
 * end. It needs the real temporal tagger to date the events.
 */
class SeedTimelineTest {
  private static final TimelineEngine ENGINE = Engines.standard();

  @Test
  void seedArticleTimeline() {
    DocumentInput doc =
        DocumentInput.news("russia-isis-2014", SeedExpectations.text(), SeedExpectations.PUBLISHED);
    ENGINE.extract(doc);
    int runs = 20;
    long start = System.nanoTime();
    ExtractionResult result = null;
    for (int i = 0; i < runs; i++) {
      result = ENGINE.extract(doc);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("Seed pipeline: %.1f ms/document, %.0f KB/s (%d chars)%n",
        1000 * seconds / runs, runs * doc.text().length() / 1024.0 / seconds, doc.text().length());
    System.out.println(SeedExpectations.describe(result.timeline().entries()));
    SeedExpectations.assertTimeline(result);
  }

  @Test
  void nonFactualEventsJoinWhenAskedFor() {
    ExtractionOptions all = new ExtractionOptions(AnchoringMode.NEWS, Direction.TENSE_AWARE, true);
    ExtractionResult result = ENGINE.extract(new DocumentInput("seed", SeedExpectations.text(),
        java.util.Optional.of(SeedExpectations.PUBLISHED), all));
    assertThat(result.timeline().entries()).extracting(TimelineEntry::headline)
        .anyMatch(h -> h.contains("Russia may join the fight"));
  }
}
