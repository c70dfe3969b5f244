package dev.timeline.engine.temporal;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.PublicationDate;
import java.util.List;
import java.util.Optional;

/** Placeholder until the ablation is wired: returns the grammar's drafts unchanged. */
final class NattyFallback {
  private NattyFallback() {}

  static List<Draft> complete(TokenSequence tokens, List<Draft> drafts,
      Optional<PublicationDate> published, Cancellation cancellation) {
    return drafts;
  }
}
