package dev.timeline.engine.eval;

import dev.timeline.engine.Span;
import java.util.Objects;

/** A gold EVENT annotation: its trigger's offsets in the raw text and its TimeML class. */
public record GoldEvent(String eid, Span span, String text, String eventClass) {
  public GoldEvent {
    Objects.requireNonNull(eid, "eid");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(eventClass, "eventClass");
  }
}
