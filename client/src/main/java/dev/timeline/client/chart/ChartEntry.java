package dev.timeline.client.chart;

import dev.timeline.proto.v1.EventClass;
import dev.timeline.proto.v1.Factuality;
import dev.timeline.proto.v1.TimelineEntry;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A timeline entry as the chart needs it; {@code begin}/{@code end} are null when undated. */
record ChartEntry(
    int position,
    String dateLabel,
    String headline,
    EventClass eventClass,
    boolean factual,
    LocalDateTime begin,
    LocalDateTime end) {

  static ChartEntry of(TimelineEntry e) {
    String date = !e.getDisplayDate().isBlank() ? e.getDisplayDate() : e.getValue();
    boolean factual =
        e.getFactuality() != Factuality.FACTUALITY_HYPOTHETICAL
            && e.getFactuality() != Factuality.FACTUALITY_NEGATED;
    Optional<LocalDateTime[]> interval = e.hasInterval() ? parse(e) : Optional.empty();
    return new ChartEntry(
        e.getPosition(),
        date.isBlank() ? "undated" : date,
        e.getHeadline().isBlank() ? e.getTrigger().getText() : e.getHeadline(),
        e.getEventClass(),
        factual,
        interval.map(i -> i[0]).orElse(null),
        interval.map(i -> i[1]).orElse(null));
  }

  /** An interval the chart cannot read is shown with the undated entries rather than failing. */
  private static Optional<LocalDateTime[]> parse(TimelineEntry e) {
    try {
      LocalDateTime begin = LocalDateTime.parse(e.getInterval().getBegin());
      LocalDateTime end = LocalDateTime.parse(e.getInterval().getEnd());
      return end.isAfter(begin) ? Optional.of(new LocalDateTime[] {begin, end}) : Optional.empty();
    } catch (DateTimeParseException bad) {
      return Optional.empty();
    }
  }

  boolean dated() {
    return begin != null;
  }

  /** Length of the date's span in days (fractional below a day). */
  double days() {
    return Duration.between(begin, end).toMinutes() / (24.0 * 60.0);
  }
}
