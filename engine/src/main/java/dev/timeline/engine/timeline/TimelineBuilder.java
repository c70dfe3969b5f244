package dev.timeline.engine.timeline;

import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.AnalyzedText;
import java.util.List;
import java.util.Optional;

/** Orders events into a timeline, merging repeated mentions of the same event. */
public interface TimelineBuilder {
  Timeline build(
      AnalyzedText text,
      List<TemporalExpression> expressions,
      List<EventMention> events,
      Optional<PublicationDate> published,
      ExtractionOptions options);
}
