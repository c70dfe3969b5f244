package dev.timeline.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests for the articles of {@code testdata/articles/} (a biography in NARRATIVE mode, a
 * quarterly business report, and news of kinds the TimeML corpora hold few of: a court report, a
 * flood and public-health report, a company with a July-June fiscal year, a profile with a life
 * story), end to end through the standard engine.
 */
class ArticleTimelinesTest {
  private static final TimelineEngine ENGINE = Engines.standard();

  static java.util.List<String> articles() {
    return ExpectedTimeline.names();
  }

  @ParameterizedTest
  @MethodSource("articles")
  void articleTimeline(String name) {
    ExpectedTimeline expected = ExpectedTimeline.load(name);
    ExtractionResult result = ENGINE.extract(expected.input());
    System.out.println(name + "\n" + SeedExpectations.describe(result.timeline().entries()));
    expected.assertMatches(result);
  }
}
