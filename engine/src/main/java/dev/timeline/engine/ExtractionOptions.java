package dev.timeline.engine;

import java.util.Objects;

/** Knobs that change how a document is interpreted. */
public record ExtractionOptions(AnchoringMode mode, Direction direction, boolean includeNonFactual) {
  public static final ExtractionOptions DEFAULT =
      new ExtractionOptions(AnchoringMode.NEWS, Direction.TENSE_AWARE, false);

  public ExtractionOptions {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(direction, "direction");
  }

  public ExtractionOptions withMode(AnchoringMode m) {
    return new ExtractionOptions(m, direction, includeNonFactual);
  }

  public ExtractionOptions withDirection(Direction d) {
    return new ExtractionOptions(mode, d, includeNonFactual);
  }
}
