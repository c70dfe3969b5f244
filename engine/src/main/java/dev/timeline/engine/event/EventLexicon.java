package dev.timeline.engine.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The event lexicons: classes of verbs and the nouns that name events (data files). */
final class EventLexicon {
  private static final EventLexicon INSTANCE = new EventLexicon();

  private final Map<String, EventClass> verbs = read("verb-classes.tsv");
  private final Map<String, EventClass> nouns = read("event-nouns.tsv");
  private final Map<String, EventClass> predicates = read("predicate-classes.tsv");
  private final java.util.Set<String> nonEvents = readList("non-event-verbs.txt");

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

  private static java.util.Set<String> readList(String resource) {
    InputStream in = EventLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing lexicon " + resource);
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return java.util.Set.copyOf(out);
  }

  private static Map<String, EventClass> read(String resource) {
    Map<String, EventClass> map = new HashMap<>();
    InputStream in = EventLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing lexicon " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IllegalStateException(resource + ": bad line '" + line + "'");
        }
        map.putIfAbsent(f[0].strip(), EventClass.valueOf(f[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
