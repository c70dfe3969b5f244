package dev.timeline.engine.event;

import dev.timeline.engine.RuleData;
import dev.timeline.engine.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The event lexicons: classes of verbs and the nouns that name events (data files). */
final class EventLexicon {
  private static final EventLexicon INSTANCE = new EventLexicon();

  private final Map<String, EventClass> verbs = read("verb-classes.tsv");
  private final Map<String, NounEntry> nouns = readNouns("event-nouns.tsv");
  /** The entries written "=form", by the bare form (no string is built per lookup). */
  private final Map<String, NounEntry> nounForms = nouns.entrySet().stream()
      .filter(e -> e.getKey().startsWith("="))
      .collect(Collectors.toUnmodifiableMap(e -> e.getKey().substring(1), Map.Entry::getValue));
  private final Map<String, EventClass> predicates = read("predicate-classes.tsv");
  private final Set<String> nonEvents = RuleData.words(EventLexicon.class, "non-event-verbs.txt");
  /** The non-event idioms by their last word, the noun they would end (looked up per noun). */
  private final Map<String, List<List<String>>> idiomsByLastWord = RuleData.lines(
      EventLexicon.class, "non-event-noun-idioms.txt").stream()
      .map(line -> List.of(line.strip().toLowerCase(Locale.ROOT).split(" +")))
      .collect(Collectors.groupingBy(idiom -> idiom.get(idiom.size() - 1)));

  private EventLexicon() {}

  static EventLexicon get() {
    return INSTANCE;
  }

  /** The class of a verb event; OCCURRENCE unless listed. */
  EventClass verbClass(String lemma) {
    return verbs.getOrDefault(lemma, EventClass.OCCURRENCE);
  }

  /**
   * The class of the noun at {@code i} when it names an event there: some nouns only do before a
   * given word ("the sales of the units" but "sales rose"), some only in one form (entries
   * written "=form": "the sale", "plans", but not "sales" or "the pension plan"); a form's entry
   * wins over its lemma's.
   */
  Optional<EventClass> nounClass(List<Token> tokens, int i) {
    String form = tokens.get(i).lower();
    NounEntry e = nounForms.get(form);
    if (e == null) {
      e = nouns.get(tokens.get(i).lemma());
    }
    if (e == null || endsIdiom(tokens, i, form)) {
      return Optional.empty();
    }
    if (!e.onlyBefore().isEmpty() && (i + 1 >= tokens.size()
        || !tokens.get(i + 1).lower().equals(e.onlyBefore()))) {
      return Optional.empty();
    }
    return Optional.of(e.eventClass());
  }

  /**
   * The class of the hyphenated word the noun at {@code i} ends, when the tokenizer split it
   * ("write" "-" "downs"): the joined word, or its singular, as the lexicon lists it.
   */
  Optional<EventClass> hyphenatedClass(List<Token> tokens, int i) {
    int[] e = HyphenatedWords.extent(tokens, i);
    if (e[1] != i || e[0] == i) {
      return Optional.empty();
    }
    String joined = HyphenatedWords.text(tokens, e).toLowerCase(Locale.ROOT);
    NounEntry entry = nouns.get(joined);
    if (entry == null && joined.endsWith("s")) {
      entry = nouns.get(joined.substring(0, joined.length() - 1));
    }
    return entry == null || !entry.onlyBefore().isEmpty() ? Optional.empty()
        : Optional.of(entry.eventClass());
  }

  /** The noun ends a fixed phrase that names no event ("for sale", "in charge of"). */
  private boolean endsIdiom(List<Token> tokens, int i, String form) {
    for (List<String> idiom : idiomsByLastWord.getOrDefault(form, List.of())) {
      int first = i - idiom.size() + 1;
      if (first >= 0 && matches(tokens, first, idiom)) {
        return true;
      }
    }
    return false;
  }

  /** The lower-cased tokens from {@code first} on are the given words. */
  static boolean matches(List<Token> tokens, int first, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(first + k).lower().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** An event noun: its class, and the word it must precede to name an event ("" for any). */
  private record NounEntry(EventClass eventClass, String onlyBefore) {}

  /** The class of an adjective after a copula, empty when it names no event ("is high"). */
  Optional<EventClass> predicateClass(String lemma) {
    return Optional.ofNullable(predicates.get(lemma));
  }

  /** Verb forms that act as prepositions or adjectives ("based", "including"). */
  boolean nonEvent(String form) {
    return nonEvents.contains(form);
  }

  private static Map<String, NounEntry> readNouns(String resource) {
    Map<String, NounEntry> map = new HashMap<>();
    for (String line : RuleData.lines(EventLexicon.class, resource)) {
      String[] f = line.split("\t");
      if (f.length < 2 || f.length > 3) {
        throw new IllegalStateException(resource + ": bad line '" + line + "'");
      }
      map.putIfAbsent(f[0].strip(), new NounEntry(EventClass.valueOf(f[1].strip()),
          f.length == 3 ? f[2].strip() : ""));
    }
    return Map.copyOf(map);
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
