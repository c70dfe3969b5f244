package dev.timeline.engine.eval;

/**
 * Counts of one anchoring relation class.
 *
 * @param gold gold links of the class
 * @param found of them, met by a system anchor (recall)
 * @param system judged system anchors of the class
 * @param correct of them, right (precision)
 */
public record RelationCounts(long gold, long found, long system, long correct) {
  public static final RelationCounts ZERO = new RelationCounts(0, 0, 0, 0);

  public RelationCounts plus(RelationCounts o) {
    return new RelationCounts(
        gold + o.gold, found + o.found, system + o.system, correct + o.correct);
  }

  public PrecisionRecall score() {
    return PrecisionRecall.of(correct, system, found, gold);
  }
}
