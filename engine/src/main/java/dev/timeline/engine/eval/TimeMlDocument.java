package dev.timeline.engine.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One TimeML document: the raw text of its {@code <TEXT>} with the tags removed, and the gold
 * annotations with offsets into that text.
 *
 * @param timexes TIMEX3s inside {@code <TEXT>}, in text order
 * @param events EVENTs in text order
 * @param instances MAKEINSTANCEs in file order
 * @param links TLINKs in file order
 */
public record TimeMlDocument(
    String id,
    String text,
    Optional<CreationTime> creationTime,
    List<GoldTimex> timexes,
    List<GoldEvent> events,
    List<GoldSignal> signals,
    List<GoldEventInstance> instances,
    List<GoldTemporalLink> links) {
  public TimeMlDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(creationTime, "creationTime");
    timexes = List.copyOf(timexes);
    events = List.copyOf(events);
    signals = List.copyOf(signals);
    instances = List.copyOf(instances);
    links = List.copyOf(links);
  }

  /** The TIMEX3s TempEval-3 scores: all but the creation time. */
  public List<GoldTimex> scoredTimexes() {
    return timexes.stream().filter(t -> !t.creationTime()).toList();
  }

  /** The first instance of each event, by event id (a few TimeBank events have duplicates). */
  public Map<String, GoldEventInstance> firstInstanceByEvent() {
    return instances.stream()
        .collect(
            Collectors.toMap(
                GoldEventInstance::eventId, Function.identity(), (first, second) -> first));
  }
}
