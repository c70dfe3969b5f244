package dev.timeline.engine.event;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.AnalyzedText;
import java.util.List;
import java.util.Optional;

/** PLACEHOLDER: to be replaced by the event extractor. */
public final class RuleBasedEventExtractor implements EventExtractor {
  @Override
  public List<EventMention> extract(
      AnalyzedText text,
      List<TemporalExpression> expressions,
      Optional<PublicationDate> published,
      ExtractionOptions options,
      Cancellation cancellation) {
    return List.of();
  }
}
