package dev.timeline.engine.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.timeline.engine.AnchoringMode;
import dev.timeline.engine.Direction;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Turns fuzzer bytes into engine inputs. Options and the publication date come from the end of
 * the input, the text from the rest, so a plain text file is a usable seed.
 */
final class FuzzInputs {
  /** Publication dates a news service meets: 1900 to 2100. */
  private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();

  private static final long LAST_DAY = LocalDate.of(2100, 12, 31).toEpochDay();
  private static final ZoneId[] ZONES = {
    ZoneId.of("UTC"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata")
  };

  private FuzzInputs() {}

  static Optional<PublicationDate> published(FuzzedDataProvider data) {
    if (!data.consumeBoolean()) {
      return Optional.empty();
    }
    LocalDate date = LocalDate.ofEpochDay(data.consumeLong(FIRST_DAY, LAST_DAY));
    Optional<LocalTime> time =
        data.consumeBoolean()
            ? Optional.of(LocalTime.ofSecondOfDay(data.consumeInt(0, 86_399)))
            : Optional.empty();
    Optional<ZoneId> zone =
        data.consumeBoolean() ? Optional.of(data.pickValue(ZONES)) : Optional.empty();
    return Optional.of(new PublicationDate(date, time, zone));
  }

  static ExtractionOptions options(FuzzedDataProvider data) {
    return new ExtractionOptions(
        data.pickValue(AnchoringMode.values()),
        data.pickValue(Direction.values()),
        data.consumeBoolean());
  }
}
