package dev.timeline.engine.timeline;

import dev.timeline.engine.ExpectedTimeline;
import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.SeedExpectations;
import dev.timeline.engine.TimelineEngine;
import dev.timeline.engine.event.RuleBasedEventExtractor;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The articles of {@code testdata/articles/} through the real analyzer, extractor and builder,
 * with the expressions of their expected-timeline files given by hand.
 */
class ArticleTimelinesWithHandTimexesTest {
  private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();

  static java.util.List<String> articles() {
    return ExpectedTimeline.names();
  }

  @ParameterizedTest
  @MethodSource("articles")
  void articleTimeline(String name) {
    ExpectedTimeline expected = ExpectedTimeline.load(name).withHandDatesOnly();
    TimelineEngine engine = new TimelineEngine(ANALYZER,
        (text, published, options, cancellation) -> expected.handTimexes(),
        new RuleBasedEventExtractor(), new ChronologicalTimelineBuilder());
    ExtractionResult result = engine.extract(expected.input());
    System.out.println(name + "\n" + SeedExpectations.describe(result.timeline().entries()));
    expected.assertMatches(result);
  }
}
