package dev.timeline.engine.eval;

/** Precision, recall and their harmonic mean, each in [0, 1]; 0 where undefined. */
public record PrecisionRecall(double precision, double recall, double f1) {
  /**
   * @param correct system answers that count as right
   * @param system all system answers
   * @param gold all gold answers
   */
  public static PrecisionRecall of(long correct, long system, long gold) {
    return of(correct, system, correct, gold);
  }

  /**
   * For scores whose right system answers and found gold answers are counted apart (one system
   * answer can meet several gold ones).
   *
   * @param correct system answers that count as right, of {@code system}
   * @param found gold answers the system met, of {@code gold}
   */
  public static PrecisionRecall of(long correct, long system, long found, long gold) {
    double p = system == 0 ? 0 : (double) correct / system;
    double r = gold == 0 ? 0 : (double) found / gold;
    return new PrecisionRecall(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
