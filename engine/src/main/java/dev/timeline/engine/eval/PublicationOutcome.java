package dev.timeline.engine.eval;

import dev.timeline.engine.event.TemporalRelation;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of the creation-time confusion table: the gold class of an event's relation to the
 * creation time against the engine's (both BEFORE, AFTER or OVERLAP), empty when the engine
 * gave none.
 */
public record PublicationOutcome(TemporalRelation gold, Optional<TemporalRelation> system) {
  public PublicationOutcome {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
  }

  public boolean correct() {
    return system.isPresent() && system.get() == gold;
  }

  @Override
  public String toString() {
    return gold + "→" + system.map(Enum::name).orElse("none");
  }
}
