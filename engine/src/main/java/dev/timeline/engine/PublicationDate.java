package dev.timeline.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** When a document was published: a date, optionally a local time and an IANA zone. */
public record PublicationDate(LocalDate date, Optional<LocalTime> time, Optional<ZoneId> zone) {
  public PublicationDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
  }

  public static PublicationDate of(LocalDate date) {
    return new PublicationDate(date, Optional.empty(), Optional.empty());
  }

  public static PublicationDate parse(String isoDate) {
    return of(LocalDate.parse(isoDate));
  }

  /** The instant relative expressions lean on: the time if known, else the start of the day. */
  public LocalDateTime reference() {
    return date.atTime(time.orElse(LocalTime.MIDNIGHT));
  }

  @Override
  public String toString() {
    return date + time.map(t -> "T" + t).orElse("") + zone.map(z -> "[" + z + "]").orElse("");
  }
}
