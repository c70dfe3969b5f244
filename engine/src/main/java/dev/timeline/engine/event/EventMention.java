package dev.timeline.engine.event;

import dev.timeline.engine.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event mention (TimeML EVENT) with its place in time.
 *
 * @param id stable within a document, e.g. {@code e3}
 * @param trigger the trigger word or phrase
 * @param headline who did what, readable without the article
 * @param modality the modal of the clause ("may", "would") or ""
 * @param anchorExpressionIndex index of the temporal expression the event is anchored to, or -1
 * @param anchorRelation relation to that expression, empty when there is none
 * @param publicationRelation relation to the publication date, empty when unknown
 * @param confidence confidence in the anchoring, 0..1
 * @param additionalAnchors further expressions the event is placed at beside the primary one
 *     ({@link AdditionalAnchor}); empty for most events
 */
public record EventMention(
    String id,
    Span trigger,
    String triggerText,
    String headline,
    EventClass eventClass,
    Tense tense,
    Aspect aspect,
    Factuality factuality,
    boolean negated,
    String modality,
    int sentenceIndex,
    int anchorExpressionIndex,
    Optional<TemporalRelation> anchorRelation,
    Optional<TemporalRelation> publicationRelation,
    double confidence,
    List<AdditionalAnchor> additionalAnchors) {
  public EventMention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(triggerText, "triggerText");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(eventClass, "eventClass");
    Objects.requireNonNull(tense, "tense");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(factuality, "factuality");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(anchorRelation, "anchorRelation");
    Objects.requireNonNull(publicationRelation, "publicationRelation");
    additionalAnchors = List.copyOf(additionalAnchors);
  }

  /** An event with its primary anchor alone. */
  public EventMention(String id, Span trigger, String triggerText, String headline,
      EventClass eventClass, Tense tense, Aspect aspect, Factuality factuality, boolean negated,
      String modality, int sentenceIndex, int anchorExpressionIndex,
      Optional<TemporalRelation> anchorRelation, Optional<TemporalRelation> publicationRelation,
      double confidence) {
    this(id, trigger, triggerText, headline, eventClass, tense, aspect, factuality, negated,
        modality, sentenceIndex, anchorExpressionIndex, anchorRelation, publicationRelation,
        confidence, List.of());
  }

  public boolean anchored() {
    return anchorExpressionIndex >= 0;
  }
}
