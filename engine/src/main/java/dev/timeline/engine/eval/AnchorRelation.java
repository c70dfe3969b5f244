package dev.timeline.engine.eval;

import dev.timeline.engine.event.TemporalRelation;
import java.util.Optional;

/**
 * The classes in which the event-to-expression anchoring score compares relations: TimeML
 * distinguishes what the engine does not (IS_INCLUDED from SIMULTANEOUS, BEGINS from BEGUN_BY),
 * so each class gathers the relTypes one engine relation stands for.
 */
public enum AnchorRelation {
  /** Within or throughout the time: IS_INCLUDED, DURING, SIMULTANEOUS, IDENTITY; engine ON, DURING. */
  AT,
  /** Holds over the time and beyond: INCLUDES, DURING_INV; engine OVERLAP. */
  SPANS,
  /** Starts with the time: BEGINS, BEGUN_BY; engine BEGINS ("since 2003"). */
  STARTS,
  /** Ends with the time: ENDS, ENDED_BY; engine ENDS ("until 2007"). */
  FINISHES,
  /** IBEFORE: the engine has no such relation. */
  JUST_BEFORE,
  /** IAFTER: the engine has no such relation. */
  JUST_AFTER;

  /** The class of an engine anchor, or empty for BEFORE/AFTER, which place the event elsewhere. */
  public static Optional<AnchorRelation> of(TemporalRelation engine) {
    return switch (engine) {
      case ON, DURING -> Optional.of(AT);
      case OVERLAP -> Optional.of(SPANS);
      case BEGINS -> Optional.of(STARTS);
      case ENDS -> Optional.of(FINISHES);
      case BEFORE, AFTER -> Optional.empty();
    };
  }
}
