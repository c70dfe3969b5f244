package dev.timeline.engine.eval;

import dev.timeline.engine.event.TemporalRelation;
import java.util.Locale;
import java.util.Optional;

/**
 * A TimeML TLINK {@code relType}, read as "A relType B", and how the anchoring scores class it
 * (see the package documentation for the tables).
 */
public enum TimeMlRelation {
  BEFORE,
  AFTER,
  IBEFORE,
  IAFTER,
  INCLUDES,
  IS_INCLUDED,
  DURING,
  DURING_INV,
  SIMULTANEOUS,
  IDENTITY,
  BEGINS,
  BEGUN_BY,
  ENDS,
  ENDED_BY;

  /** The relType, or empty for one TimeML does not define. */
  public static Optional<TimeMlRelation> parse(String relType) {
    try {
      return Optional.of(valueOf(relType.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** "B inverse A" for "A this B": how a time→event link reads from the event's side. */
  public TimeMlRelation inverse() {
    return switch (this) {
      case BEFORE -> AFTER;
      case AFTER -> BEFORE;
      case IBEFORE -> IAFTER;
      case IAFTER -> IBEFORE;
      case INCLUDES -> IS_INCLUDED;
      case IS_INCLUDED -> INCLUDES;
      case DURING -> DURING_INV;
      case DURING_INV -> DURING;
      case BEGINS -> BEGUN_BY;
      case BEGUN_BY -> BEGINS;
      case ENDS -> ENDED_BY;
      case ENDED_BY -> ENDS;
      case SIMULTANEOUS, IDENTITY -> this;
    };
  }

  /**
   * The anchoring class of "event this time", or empty when the link does not place the event at
   * the time (BEFORE, AFTER: the event is elsewhere on the line).
   */
  public Optional<AnchorRelation> anchoring() {
    return switch (this) {
      case IS_INCLUDED, DURING, SIMULTANEOUS, IDENTITY -> Optional.of(AnchorRelation.AT);
      case INCLUDES, DURING_INV -> Optional.of(AnchorRelation.SPANS);
      case BEGINS, BEGUN_BY -> Optional.of(AnchorRelation.STARTS);
      case ENDS, ENDED_BY -> Optional.of(AnchorRelation.FINISHES);
      case IBEFORE -> Optional.of(AnchorRelation.JUST_BEFORE);
      case IAFTER -> Optional.of(AnchorRelation.JUST_AFTER);
      case BEFORE, AFTER -> Optional.empty();
    };
  }

  /** The class of "event this creation time": BEFORE, AFTER or OVERLAP (they share time). */
  public TemporalRelation publication() {
    return switch (this) {
      case BEFORE, IBEFORE -> TemporalRelation.BEFORE;
      case AFTER, IAFTER -> TemporalRelation.AFTER;
      default -> TemporalRelation.OVERLAP;
    };
  }

  /** The engine's relation to the publication date in the same three classes. */
  public static TemporalRelation publicationClass(TemporalRelation engine) {
    return switch (engine) {
      case BEFORE -> TemporalRelation.BEFORE;
      case AFTER -> TemporalRelation.AFTER;
      case ON, DURING, OVERLAP, BEGINS, ENDS -> TemporalRelation.OVERLAP;
    };
  }
}
