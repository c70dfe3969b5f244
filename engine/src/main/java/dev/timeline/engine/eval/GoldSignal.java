package dev.timeline.engine.eval;

import dev.timeline.engine.Span;
import java.util.Objects;

/** A gold SIGNAL annotation ("before", "during", "since"), marked in AQUAINT. */
public record GoldSignal(String sid, Span span, String text) {
  public GoldSignal {
    Objects.requireNonNull(sid, "sid");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
