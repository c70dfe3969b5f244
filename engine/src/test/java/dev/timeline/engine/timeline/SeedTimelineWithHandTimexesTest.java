package dev.timeline.engine.timeline;

import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.HandTimexes;
import dev.timeline.engine.SeedExpectations;
import dev.timeline.engine.TimelineEngine;
import dev.timeline.engine.event.RuleBasedEventExtractor;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TimexModifier;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed article's timeline from the real analyzer, extractor and builder, with the temporal
 * expressions a tagger should find given by hand: this pins down the stages after the tagger.
 */
class SeedTimelineWithHandTimexesTest {
  @Test
  void seedTimelineFromGivenExpressions() {
    String text = SeedExpectations.text();
    List<TemporalExpression> expressions = new HandTimexes(text)
        .date("Sunday", "2014-09-14")
        .date("Monday", "2014-09-15")
        .date("three years ago", "2011")
        .date("early September", "2014-09", TimexModifier.START)
        .date("2003", "2003")
        .date("2007", "2007")
        .build();
    TimelineEngine engine = new TimelineEngine(new OpenNlpTextAnalyzer(),
        (t, published, options, cancellation) -> expressions,
        new RuleBasedEventExtractor(), new ChronologicalTimelineBuilder());
    ExtractionResult result =
        engine.extract(DocumentInput.news("seed", text, SeedExpectations.PUBLISHED));
    System.out.println(SeedExpectations.describe(result.timeline().entries()));
    SeedExpectations.assertTimeline(result);
  }
}
