package dev.timeline.engine.eval;

import java.util.Objects;

/**
 * A gold MAKEINSTANCE: the grammatical attributes of one instance of an event. Absent attributes
 * are "".
 */
public record GoldEventInstance(
    String eiid, String eventId, String tense, String aspect, String polarity, String modality) {
  public GoldEventInstance {
    Objects.requireNonNull(eiid, "eiid");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(tense, "tense");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(modality, "modality");
  }
}
