package dev.timeline.engine.event;

import dev.timeline.engine.RuleData;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The event lexicons: classes of verbs and the nouns that name events (data files). */
final class EventLexicon {
  private static final EventLexicon INSTANCE = new EventLexicon();

  private final Map<String, EventClass> verbs = read("verb-classes.tsv");
  private final Map<String, EventClass> nouns = read("event-nouns.tsv");
  private final Map<String, EventClass> predicates = read("predicate-classes.tsv");
  private final Set<String> nonEvents = RuleData.words(EventLexicon.class, "non-event-verbs.txt");

  private EventLexicon() {}

  static EventLexicon get() {
    return INSTANCE;
  }

  /** The class of a verb event; OCCURRENCE unless listed. */
  EventClass verbClass(String lemma) {
    return verbs.getOrDefault(lemma, EventClass.OCCURRENCE);
  }

  /** The class of an event noun, empty when the noun names no event. */
  Optional<EventClass> nounClass(String lemma) {
    return Optional.ofNullable(nouns.get(lemma));
  }

  /** The class of an adjective after a copula; STATE unless listed. */
  EventClass predicateClass(String lemma) {
    return predicates.getOrDefault(lemma, EventClass.STATE);
  }

  /** Verb forms that act as prepositions or adjectives ("based", "including"). */
  boolean nonEvent(String form) {
    return nonEvents.contains(form);
  }

  private static Map<String, EventClass> read(String resource) {
    Map<String, EventClass> map = new HashMap<>();
    for (String line : RuleData.lines(EventLexicon.class, resource)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(resource + ": bad line '" + line + "'");
      }
      map.putIfAbsent(f[0].strip(), EventClass.valueOf(f[1].strip()));
    }
    return Map.copyOf(map);
  }
}
