package dev.timeline.engine.eval;

import dev.timeline.engine.event.EventMention;
import java.util.List;
import java.util.Map;

/** Scores a system's event triggers against a document's gold EVENTs. */
public final class EventScorer {
  private EventScorer() {}

  public static EventCounts score(TimeMlDocument doc, List<EventMention> system) {
    List<GoldEvent> gold = doc.events();
    SpanAlignment alignment =
        SpanAlignment.align(
            gold.stream().map(GoldEvent::span).toList(),
            system.stream().map(EventMention::trigger).toList());
    Map<String, GoldEventInstance> instances = doc.firstInstanceByEvent();
    long eventClass = 0;
    long tense = 0;
    long aspect = 0;
    for (SpanAlignment.Match m : alignment.matches()) {
      GoldEvent g = gold.get(m.gold());
      EventMention s = system.get(m.system());
      eventClass += g.eventClass().equals(s.eventClass().name()) ? 1 : 0;
      GoldEventInstance instance = instances.get(g.eid());
      if (instance != null) {
        tense += engineTense(instance.tense()).equals(s.tense().name()) ? 1 : 0;
        aspect += engineAspect(instance.aspect()).equals(s.aspect().name()) ? 1 : 0;
      }
    }
    return new EventCounts(
        gold.size(),
        system.size(),
        alignment.strictMatches(),
        alignment.relaxedMatches(),
        eventClass,
        tense,
        aspect);
  }

  /** TimeML marks infinitives and participles as tenses; the engine calls them NONE. */
  static String engineTense(String timeml) {
    return switch (timeml) {
      case "PAST", "PRESENT", "FUTURE" -> timeml;
      default -> "NONE";
    };
  }

  static String engineAspect(String timeml) {
    return timeml.isEmpty() ? "NONE" : timeml;
  }
}
