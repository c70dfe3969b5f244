package dev.timeline.engine.eval;

/** Precision, recall and their harmonic mean, each in [0, 1]; 0 where undefined. */
public record PrecisionRecall(double precision, double recall, double f1) {
  /**
   * @param correct system answers that count as right
   * @param system all system answers
   * @param gold all gold answers
   */
  public static PrecisionRecall of(long correct, long system, long gold) {
    double p = system == 0 ? 0 : (double) correct / system;
    double r = gold == 0 ? 0 : (double) correct / gold;
    return new PrecisionRecall(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
