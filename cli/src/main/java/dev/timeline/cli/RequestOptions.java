package dev.timeline.cli;

import dev.timeline.proto.v1.AnchoringMode;
import dev.timeline.proto.v1.Direction;
import dev.timeline.proto.v1.ExtractionOptions;
import picocli.CommandLine.Option;

/** Options shared by the commands that send documents: how expressions are anchored. */
final class RequestOptions {
  /** {@code --mode} values. */
  enum Mode {
    news(AnchoringMode.ANCHORING_MODE_NEWS),
    narrative(AnchoringMode.ANCHORING_MODE_NARRATIVE);

    final AnchoringMode proto;

    Mode(AnchoringMode proto) {
      this.proto = proto;
    }
  }

  /** {@code --direction} values, spelled as users type them. */
  enum Way {
    TENSE_AWARE("tense-aware", Direction.DIRECTION_TENSE_AWARE),
    PAST("past", Direction.DIRECTION_PAST),
    FUTURE("future", Direction.DIRECTION_FUTURE),
    NEAREST("nearest", Direction.DIRECTION_NEAREST);

    final String spelling;
    final Direction proto;

    Way(String spelling, Direction proto) {
      this.spelling = spelling;
      this.proto = proto;
    }

    @Override
    public String toString() {
      return spelling;
    }

    static Way parse(String s) {
      for (Way w : values()) {
        if (w.spelling.equalsIgnoreCase(s)) {
          return w;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + s + "' is not a direction; use tense-aware, past, future or nearest");
    }
  }

  @Option(
      names = "--mode",
      paramLabel = "news|narrative",
      description =
          "news: relative dates resolve against the publication date (default); narrative:"
              + " against the last date mentioned.")
  Mode mode = Mode.news;

  @Option(
      names = "--direction",
      paramLabel = "DIRECTION",
      converter = WayConverter.class,
      description =
          "Which way a bare weekday or month resolves: tense-aware (default), past, future or"
              + " nearest.")
  Way direction = Way.TENSE_AWARE;

  @Option(
      names = "--non-factual",
      description = "Keep hypothetical and negated events on the timeline.")
  boolean nonFactual;

  ExtractionOptions proto() {
    return ExtractionOptions.newBuilder()
        .setAnchoringMode(mode.proto)
        .setDirection(direction.proto)
        .setIncludeNonFactual(nonFactual)
        .build();
  }

  /** Picocli converter for {@link Way}. */
  static final class WayConverter implements picocli.CommandLine.ITypeConverter<Way> {
    @Override
    public Way convert(String value) {
      return Way.parse(value);
    }
  }
}
