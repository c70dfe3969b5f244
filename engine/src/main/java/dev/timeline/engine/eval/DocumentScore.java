package dev.timeline.engine.eval;

import java.util.List;
import java.util.Objects;

/**
 * The scores of one document.
 *
 * @param bytes size of the raw text in UTF-8
 * @param nanos time the engine spent on it
 * @param anchorErrors anchoring disagreements (none when events were not run)
 */
public record DocumentScore(
    String corpus,
    String documentId,
    long bytes,
    long nanos,
    TimexCounts timex,
    EventCounts events,
    AnchorCounts anchors,
    List<TimexError> errors,
    List<AnchorError> anchorErrors) {
  public DocumentScore {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(timex, "timex");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(anchors, "anchors");
    errors = List.copyOf(errors);
    anchorErrors = List.copyOf(anchorErrors);
  }
}
