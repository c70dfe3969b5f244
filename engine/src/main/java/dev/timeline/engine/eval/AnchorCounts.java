package dev.timeline.engine.eval;

import dev.timeline.engine.event.TemporalRelation;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Micro-averaging counts for time anchoring (definitions in the package documentation).
 *
 * @param byRelation event-to-expression counts per relation class
 * @param unjudged system anchors of events the gold relates to no expression at all: the
 *     annotators did not say, so they count neither way
 * @param publicationGold gold event–creation-time links
 * @param publication those whose event the engine found, by gold and engine class
 */
public record AnchorCounts(
    Map<AnchorRelation, RelationCounts> byRelation,
    long unjudged,
    long publicationGold,
    Map<PublicationOutcome, Long> publication) {
  public static final AnchorCounts ZERO = new AnchorCounts(Map.of(), 0, 0, Map.of());

  public AnchorCounts {
    byRelation = Map.copyOf(byRelation);
    publication = Map.copyOf(publication);
  }

  public AnchorCounts plus(AnchorCounts o) {
    Map<AnchorRelation, RelationCounts> relations = new EnumMap<>(AnchorRelation.class);
    relations.putAll(byRelation);
    o.byRelation.forEach((k, v) -> relations.merge(k, v, RelationCounts::plus));
    Map<PublicationOutcome, Long> outcomes = new HashMap<>(publication);
    o.publication.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
    return new AnchorCounts(
        relations, unjudged + o.unjudged, publicationGold + o.publicationGold, outcomes);
  }

  public RelationCounts relation(AnchorRelation r) {
    return byRelation.getOrDefault(r, RelationCounts.ZERO);
  }

  public RelationCounts expressionTotal() {
    return byRelation.values().stream().reduce(RelationCounts.ZERO, RelationCounts::plus);
  }

  /** Event-to-expression anchoring P/R/F1 over all classes. */
  public PrecisionRecall expressionScore() {
    return expressionTotal().score();
  }

  /** Gold creation-time links whose event the engine found. */
  public long publicationJudged() {
    return publication.values().stream().mapToLong(Long::longValue).sum();
  }

  /** ... and for which it gave a relation. */
  public long publicationAnswered() {
    return publication.entrySet().stream()
        .filter(e -> e.getKey().system().isPresent())
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  public long publicationCorrect() {
    return publication.entrySet().stream()
        .filter(e -> e.getKey().correct())
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** Right relations over the links whose event was found (no relation counts as wrong). */
  public double publicationAccuracy() {
    long judged = publicationJudged();
    return judged == 0 ? 0 : (double) publicationCorrect() / judged;
  }

  /** Share of all gold creation-time links that got a relation. */
  public double publicationCoverage() {
    return publicationGold == 0 ? 0 : (double) publicationAnswered() / publicationGold;
  }

  public long publicationCount(TemporalRelation gold, Optional<TemporalRelation> system) {
    return publication.getOrDefault(new PublicationOutcome(gold, system), 0L);
  }
}
