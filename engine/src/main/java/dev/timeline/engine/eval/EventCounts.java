package dev.timeline.engine.eval;

/**
 * Micro-averaging counts for event triggers. Class, tense and aspect are judged on relaxed
 * matches (tense and aspect against the event's first MAKEINSTANCE).
 */
public record EventCounts(
    long gold, long system, long strict, long relaxed, long eventClass, long tense, long aspect) {
  public static final EventCounts ZERO = new EventCounts(0, 0, 0, 0, 0, 0, 0);

  public EventCounts plus(EventCounts o) {
    return new EventCounts(
        gold + o.gold,
        system + o.system,
        strict + o.strict,
        relaxed + o.relaxed,
        eventClass + o.eventClass,
        tense + o.tense,
        aspect + o.aspect);
  }

  public PrecisionRecall strictScore() {
    return PrecisionRecall.of(strict, system, gold);
  }

  public PrecisionRecall relaxedScore() {
    return PrecisionRecall.of(relaxed, system, gold);
  }

  public PrecisionRecall classScore() {
    return PrecisionRecall.of(eventClass, system, gold);
  }

  public PrecisionRecall tenseScore() {
    return PrecisionRecall.of(tense, system, gold);
  }

  public PrecisionRecall aspectScore() {
    return PrecisionRecall.of(aspect, system, gold);
  }

  public double classAccuracy() {
    return relaxed == 0 ? 0 : (double) eventClass / relaxed;
  }
}
