package dev.timeline.engine;

import dev.timeline.engine.event.EventExtractor;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TemporalTagger;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.TextAnalyzer;
import dev.timeline.engine.timeline.Timeline;
import dev.timeline.engine.timeline.TimelineBuilder;
import java.util.List;
import java.util.Objects;

/**
 * The whole pipeline: text → temporal expressions → events → timeline. Thread-safe; shared by the
 * server, the CLI and batch jobs.
 */
public final class TimelineEngine {
  private final TextAnalyzer analyzer;
  private final TemporalTagger tagger;
  private final EventExtractor events;
  private final TimelineBuilder timelines;

  public TimelineEngine(
      TextAnalyzer analyzer, TemporalTagger tagger, EventExtractor events, TimelineBuilder timelines) {
    this.analyzer = Objects.requireNonNull(analyzer);
    this.tagger = Objects.requireNonNull(tagger);
    this.events = Objects.requireNonNull(events);
    this.timelines = Objects.requireNonNull(timelines);
  }

  public ExtractionResult extract(DocumentInput doc) {
    return extract(doc, Cancellation.NONE);
  }

  public ExtractionResult extract(DocumentInput doc, Cancellation cancellation) {
    List<TemporalExpression> expressions =
        tagger.tag(doc.text(), doc.published(), doc.options(), cancellation);
    cancellation.check();
    AnalyzedText analyzed = analyzer.analyze(doc.text(), cancellation);
    cancellation.check();
    List<EventMention> mentions =
        events.extract(analyzed, expressions, doc.published(), doc.options(), cancellation);
    cancellation.check();
    Timeline timeline =
        timelines.build(analyzed, expressions, mentions, doc.published(), doc.options());
    return new ExtractionResult(doc.id(), analyzed, expressions, mentions, timeline);
  }
}
