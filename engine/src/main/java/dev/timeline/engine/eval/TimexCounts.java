package dev.timeline.engine.eval;

/**
 * Micro-averaging counts for temporal expressions. Value and type are judged on relaxed matches,
 * so their F1 is attribute accuracy times relaxed F1, as TempEval-3 defines it.
 */
public record TimexCounts(long gold, long system, long strict, long relaxed, long value, long type) {
  public static final TimexCounts ZERO = new TimexCounts(0, 0, 0, 0, 0, 0);

  public TimexCounts plus(TimexCounts o) {
    return new TimexCounts(
        gold + o.gold,
        system + o.system,
        strict + o.strict,
        relaxed + o.relaxed,
        value + o.value,
        type + o.type);
  }

  public PrecisionRecall strictScore() {
    return PrecisionRecall.of(strict, system, gold);
  }

  public PrecisionRecall relaxedScore() {
    return PrecisionRecall.of(relaxed, system, gold);
  }

  public PrecisionRecall valueScore() {
    return PrecisionRecall.of(value, system, gold);
  }

  public PrecisionRecall typeScore() {
    return PrecisionRecall.of(type, system, gold);
  }

  /** Share of relaxed matches with the right value. */
  public double valueAccuracy() {
    return relaxed == 0 ? 0 : (double) value / relaxed;
  }

  public double typeAccuracy() {
    return relaxed == 0 ? 0 : (double) type / relaxed;
  }
}
