package dev.timeline.benchmarks;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.event.RuleBasedEventExtractor;
import dev.timeline.engine.temporal.RuleBasedTemporalTagger;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import dev.timeline.engine.timeline.ChronologicalTimelineBuilder;
import dev.timeline.engine.timeline.Timeline;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The two stages after text analysis, each alone on a news mix whose earlier stages ran once in
 * set-up: event extraction (triggers, attributes, anchoring, headlines) and timeline building
 * (grouping, ordering, display dates), in MB/s of the text they cover.
 */
public class LaterStagesBenchmark extends NewsMixBenchmark {
  private final Optional<PublicationDate> published = Optional.of(PublicationDate.parse("2014-09-16"));
  private final ExtractionOptions options = ExtractionOptions.DEFAULT;
  private final RuleBasedEventExtractor events = new RuleBasedEventExtractor();
  private final ChronologicalTimelineBuilder timelines = new ChronologicalTimelineBuilder();
  private AnalyzedText analyzed;
  private List<TemporalExpression> expressions;
  private List<EventMention> mentions;

  @Setup
  public void setUp() {
    String text = newsMix();
    expressions = new RuleBasedTemporalTagger().tag(text, published, options, Cancellation.NONE);
    analyzed = new OpenNlpTextAnalyzer().analyze(text, Cancellation.NONE);
    mentions = events.extract(analyzed, expressions, published, options, Cancellation.NONE);
  }

  @Benchmark
  public List<EventMention> extractEvents(ByteCounter counter) {
    counter.bytes += bytes;
    return events.extract(analyzed, expressions, published, options, Cancellation.NONE);
  }

  @Benchmark
  public Timeline buildTimeline(ByteCounter counter) {
    counter.bytes += bytes;
    return timelines.build(analyzed, expressions, mentions, published, options);
  }
}
