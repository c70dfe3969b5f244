package dev.timeline.client.chart;

import dev.timeline.client.export.MergedTimeline;
import dev.timeline.client.export.Source;
import dev.timeline.client.export.TimelineItem;
import dev.timeline.proto.v1.EventClass;
import dev.timeline.proto.v1.Factuality;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A timeline item as the chart needs it; {@code begin}/{@code end} are null when undated.
 *
 * @param order position in the (merged) timeline's order
 * @param id the item's id ({@code 0-6}), written on its SVG mark
 * @param tags the articles reporting it, {@code [1]} or {@code [1, 2]}, when several went in;
 *     else empty
 * @param sources the reporting articles' document ids, for the tooltip
 */
record ChartEntry(
    int order,
    String id,
    String dateLabel,
    String headline,
    EventClass eventClass,
    boolean factual,
    LocalDateTime begin,
    LocalDateTime end,
    String tags,
    String sources) {

  static ChartEntry of(MergedTimeline timeline, TimelineItem item, int order) {
    String date = !item.displayDate().isBlank() ? item.displayDate() : item.value();
    String headline = item.headline().isBlank() && item.primary().trigger() != null
        ? item.primary().trigger().getText() : item.headline();
    boolean factual = item.factuality() != Factuality.FACTUALITY_HYPOTHETICAL
        && item.factuality() != Factuality.FACTUALITY_NEGATED;
    String tags = timeline.merged() ? tags(item.sources()) : "";
    return new ChartEntry(order, item.id(), date.isBlank() ? "undated" : date, headline,
        item.eventClass(), factual, item.begin(), item.end(), tags, item.sourceIds().replace(";", "; "));
  }

  /** "[1]", "[1, 2]": the one-based numbers of the articles that report an item. */
  static String tags(List<Source> sources) {
    return sources.stream().map(s -> Integer.toString(s.lane() + 1)).distinct()
        .collect(Collectors.joining(", ", "[", "]"));
  }

  boolean dated() {
    return begin != null;
  }

  /** The date line under a mark: the date, then the reporting articles when merged. */
  String dateLine() {
    return tags.isEmpty() ? dateLabel : dateLabel + "  " + tags;
  }

  /** Length of the date's span in days (fractional below a day). */
  double days() {
    return Duration.between(begin, end).toMinutes() / (24.0 * 60.0);
  }
}
