package dev.timeline.engine.event;

/**
 * A further expression an event is placed at, beside its primary anchor: the second of two
 * coordinated dates ("in both 1990 and 1991"), the end of a range ("this year through Oct. 19")
 * or a length beside its date ("for three hours Sunday"). The timeline places an event by its
 * primary anchor alone.
 *
 * @param expressionIndex index of the temporal expression
 * @param relation how the event relates to it
 * @param confidence 0..1
 */
public record AdditionalAnchor(int expressionIndex, TemporalRelation relation, double confidence) {
  public AdditionalAnchor {
    java.util.Objects.requireNonNull(relation, "relation");
  }
}
