package dev.timeline.engine.eval;

import dev.timeline.engine.PublicationDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/** The document creation time (DCT) of a TimeML document: its TIMEX3 {@code value}. */
public record CreationTime(String tid, String type, String value) {
  public CreationTime {
    Objects.requireNonNull(tid, "tid");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  /**
   * The DCT as the publication date the engine resolves against: {@code 1998-01-08} or {@code
   * 1998-08-07T06:18(:00)}. Empty when the value is not a calendar date.
   */
  public Optional<PublicationDate> publicationDate() {
    try {
      if (value.length() < 10) {
        return Optional.empty();
      }
      LocalDate date = LocalDate.parse(value.substring(0, 10));
      Optional<LocalTime> time = Optional.empty();
      if (value.length() > 11 && value.charAt(10) == 'T') {
        try {
          time = Optional.of(LocalTime.parse(value.substring(11)));
        } catch (DateTimeParseException e) {
          // A part of day such as T-MO: the date alone is still the right anchor.
        }
      }
      return Optional.of(new PublicationDate(date, time, Optional.empty()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
