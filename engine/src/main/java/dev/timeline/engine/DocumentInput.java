package dev.timeline.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * A document to analyse. The publication date is optional: without it relative expressions stay
 * underspecified and are marked unresolved.
 */
public record DocumentInput(
    String id, String text, Optional<PublicationDate> published, ExtractionOptions options) {
  public DocumentInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(options, "options");
  }

  public static DocumentInput news(String id, String text, PublicationDate published) {
    return new DocumentInput(id, text, Optional.of(published), ExtractionOptions.DEFAULT);
  }
}
