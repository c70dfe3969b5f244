package dev.timeline.engine.temporal;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import java.util.List;
import java.util.Optional;

/** PLACEHOLDER: to be replaced by the rule-based tagger. */
public final class RuleBasedTemporalTagger implements TemporalTagger {
  private final boolean nattyFallback;

  /** The standard tagger, with Natty as fallback where it measurably helps. */
  public RuleBasedTemporalTagger() {
    this(true);
  }

  /** @param nattyFallback whether Natty is consulted behind the project's own grammar */
  public RuleBasedTemporalTagger(boolean nattyFallback) {
    this.nattyFallback = nattyFallback;
  }

  public boolean nattyFallback() {
    return nattyFallback;
  }

  @Override
  public List<TemporalExpression> tag(
      String text,
      Optional<PublicationDate> published,
      ExtractionOptions options,
      Cancellation cancellation) {
    return List.of();
  }
}
