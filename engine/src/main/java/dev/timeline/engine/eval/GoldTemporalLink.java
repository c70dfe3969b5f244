package dev.timeline.engine.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * A gold TLINK. The source is an event instance or a time; so is the target. Absent ids are "".
 */
public record GoldTemporalLink(
    String lid,
    String relType,
    String eventInstanceId,
    String timeId,
    String relatedToEventInstance,
    String relatedToTime) {
  public GoldTemporalLink {
    Objects.requireNonNull(lid, "lid");
    Objects.requireNonNull(relType, "relType");
    Objects.requireNonNull(eventInstanceId, "eventInstanceId");
    Objects.requireNonNull(timeId, "timeId");
    Objects.requireNonNull(relatedToEventInstance, "relatedToEventInstance");
    Objects.requireNonNull(relatedToTime, "relatedToTime");
  }

  /** The source id, whichever kind it is. */
  public String source() {
    return eventInstanceId.isEmpty() ? timeId : eventInstanceId;
  }

  /** The target id, whichever kind it is. */
  public String target() {
    return relatedToEventInstance.isEmpty() ? relatedToTime : relatedToEventInstance;
  }

  /** An event–time link read from the event's side: its instance, the time and the relation. */
  public record EventTimeLink(String eventInstanceId, String timeId, TimeMlRelation relation) {}

  /**
   * This link from the event's side (a time→event link is inverted); empty for event–event and
   * time–time links and for relation types TimeML does not define.
   */
  public Optional<EventTimeLink> fromEventSide() {
    Optional<TimeMlRelation> rel = TimeMlRelation.parse(relType);
    if (!eventInstanceId.isEmpty() && !relatedToTime.isEmpty()) {
      return rel.map(r -> new EventTimeLink(eventInstanceId, relatedToTime, r));
    }
    if (!timeId.isEmpty() && !relatedToEventInstance.isEmpty()) {
      return rel.map(r -> new EventTimeLink(relatedToEventInstance, timeId, r.inverse()));
    }
    return Optional.empty();
  }
}
