package dev.timeline.engine.timeline;

import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.AnalyzedText;
import java.util.List;
import java.util.Optional;

/** PLACEHOLDER: to be replaced by the timeline builder. */
public final class ChronologicalTimelineBuilder implements TimelineBuilder {
  @Override
  public Timeline build(
      AnalyzedText text,
      List<TemporalExpression> expressions,
      List<EventMention> events,
      Optional<PublicationDate> published,
      ExtractionOptions options) {
    return new Timeline(List.of(), published);
  }
}
