package dev.timeline.engine.temporal;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds and resolves the temporal expressions of a text. Works on raw text (no part-of-speech
 * tagging) so that it stays fast; tense clues come from the words around each expression.
 */
public interface TemporalTagger {
  /**
   * @return the expressions in text order, non-overlapping, every span inside the text
   */
  List<TemporalExpression> tag(
      String text,
      Optional<PublicationDate> published,
      ExtractionOptions options,
      Cancellation cancellation);
}
