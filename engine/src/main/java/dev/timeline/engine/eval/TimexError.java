package dev.timeline.engine.eval;

import dev.timeline.engine.temporal.TemporalExpression;
import java.util.Objects;
import java.util.Optional;

/**
 * One disagreement between gold and system temporal expressions.
 *
 * @param gold the gold expression; empty for {@link Kind#SPURIOUS}
 * @param system the system expression; empty for {@link Kind#MISSED}
 * @param context the sentence around it, the expression marked [[like this]]
 */
public record TimexError(
    Kind kind,
    String documentId,
    Optional<GoldTimex> gold,
    Optional<TemporalExpression> system,
    String context) {
  /** What went wrong. */
  public enum Kind {
    /** Gold expression the system did not find. */
    MISSED,
    /** System expression with no gold counterpart. */
    SPURIOUS,
    /** Found, but with another value. */
    VALUE,
    /** Found, but with another type. */
    TYPE,
    /** Found with the right value and type but other boundaries (costs strict match only). */
    EXTENT
  }

  public TimexError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(context, "context");
  }
}
