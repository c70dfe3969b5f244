package dev.timeline.engine.eval;

import java.util.Objects;

/**
 * One anchoring disagreement, described for people.
 *
 * @param gold the gold link(s), e.g. {@code "rose" IS_INCLUDED "Friday" 1989-10-13}
 * @param system what the engine said about the event
 * @param context the sentence around the event, the trigger marked [[like this]]
 */
public record AnchorError(Kind kind, String documentId, String gold, String system, String context) {
  /** What went wrong. */
  public enum Kind {
    /** A gold event-to-expression link the engine did not make. */
    MISSED,
    /** An engine anchor that no gold link of its event supports. */
    WRONG,
    /** A wrong or missing relation to the creation time. */
    CREATION_TIME
  }

  public AnchorError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(context, "context");
  }
}
