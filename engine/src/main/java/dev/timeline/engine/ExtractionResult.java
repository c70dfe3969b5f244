package dev.timeline.engine;

import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.timeline.Timeline;
import java.util.List;
import java.util.Objects;

/** Everything the engine found in one document. */
public record ExtractionResult(
    String documentId,
    AnalyzedText analyzed,
    List<TemporalExpression> expressions,
    List<EventMention> events,
    Timeline timeline) {
  public ExtractionResult {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(analyzed, "analyzed");
    expressions = List.copyOf(expressions);
    events = List.copyOf(events);
    Objects.requireNonNull(timeline, "timeline");
  }

  /** Index of the sentence that contains the given span's start. */
  public int sentenceIndexOf(Span span) {
    return analyzed.sentenceIndexAt(span.begin());
  }
}
