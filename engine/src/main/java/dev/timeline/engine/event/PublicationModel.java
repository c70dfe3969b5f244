package dev.timeline.engine.event;

import java.util.List;
import java.util.Optional;

/**
 * Decides how an event stands to the publication date from the features {@link
 * PublicationFeatures} reads off its sentence. {@link PublicationRelations} asks it once for every
 * trigger, in sentence order, even where the event's date already decides, so that a model under
 * training sees every event in the order the extractor emits it.
 */
interface PublicationModel {
  /** BEFORE, AFTER or OVERLAP; empty when the model has no opinion. */
  Optional<TemporalRelation> relation(List<String> features);

  /** The model trained on TimeBank, read from {@code publication-model.tsv}. */
  static PublicationModel standard() {
    return LogisticPublicationModel.STANDARD;
  }
}
