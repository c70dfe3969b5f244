package dev.timeline.engine.timeline;

import dev.timeline.engine.PublicationDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Events ordered in time: dated entries by interval (ties keep text order), then entries only
 * known relative to the publication date.
 */
public record Timeline(List<TimelineEntry> entries, Optional<PublicationDate> published) {
  public Timeline {
    entries = List.copyOf(entries);
    Objects.requireNonNull(published, "published");
  }
}
