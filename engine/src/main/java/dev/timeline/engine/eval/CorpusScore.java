package dev.timeline.engine.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The scores of one corpus directory, summed over its documents (micro-averaging). */
public record CorpusScore(String name, List<DocumentScore> documents) {
  public CorpusScore {
    Objects.requireNonNull(name, "name");
    documents = List.copyOf(documents);
  }

  /** Sums several corpora into one, named {@code name}. */
  public static CorpusScore combine(String name, List<CorpusScore> parts) {
    return new CorpusScore(
        name, parts.stream().flatMap(p -> p.documents().stream()).toList());
  }

  public TimexCounts timex() {
    return documents.stream().map(DocumentScore::timex).reduce(TimexCounts.ZERO, TimexCounts::plus);
  }

  public EventCounts events() {
    return documents.stream()
        .map(DocumentScore::events)
        .reduce(EventCounts.ZERO, EventCounts::plus);
  }

  public AnchorCounts anchors() {
    return documents.stream()
        .map(DocumentScore::anchors)
        .reduce(AnchorCounts.ZERO, AnchorCounts::plus);
  }

  public long bytes() {
    return documents.stream().mapToLong(DocumentScore::bytes).sum();
  }

  public long nanos() {
    return documents.stream().mapToLong(DocumentScore::nanos).sum();
  }

  /** The name as a metric key: lower case, anything but letters and digits as '-'. */
  public String key() {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-");
  }
}
