package dev.timeline.engine.eval;

import java.util.Objects;

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
}
