package dev.timeline.engine.temporal;

import dev.timeline.engine.RuleData;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The grammar's word lists, read once from the rule data next to this class. */
final class Lexicon {
  enum Category {
    MONTH,
    WEEKDAY,
    WEEKDAY_PLURAL,
    SEASON,
    SEASON_PLURAL,
    PART_OF_DAY,
    PART_OF_DAY_PLURAL,
    UNIT,
    UNIT_PLURAL,
    NUMBER,
    VAGUE,
    ORDINAL,
    DECADE_WORD,
    DEICTIC_DAY,
    REF,
    SET_ADVERB,
    SET_ADJECTIVE
  }

  /** A holiday name as lower-case words and its calendar rule. */
  record Holiday(String[] words, String rule) {}

  private final Map<String, Map<Category, String>> words = new HashMap<>();
  private final Map<String, List<Holiday>> holidaysByFirstWord = new HashMap<>();
  private final Set<String> pastVerbs = new HashSet<>();
  private final Set<String> edExceptions = new HashSet<>();
  private final Set<String> scheduleVerbs = new HashSet<>();

  private static final Lexicon INSTANCE = new Lexicon();

  static Lexicon get() {
    return INSTANCE;
  }

  private Lexicon() {
    read("lexicon.tsv", line -> {
      String[] f = line.split("\t");
      words.computeIfAbsent(f[0], k -> new EnumMap<>(Category.class)).put(Category.valueOf(f[1]), f[2]);
    });
    read("holidays.tsv", line -> {
      String[] f = line.split("\t");
      String[] w = f[0].split(" ");
      holidaysByFirstWord.computeIfAbsent(leadingLetters(w[0]), k -> new ArrayList<>())
          .add(new Holiday(w, f[1]));
    });
    read("past-verbs.txt", pastVerbs::add);
    read("ed-exceptions.txt", edExceptions::add);
    read("schedule-verbs.txt", scheduleVerbs::add);
  }

  private static void read(String resource, Consumer<String> sink) {
    RuleData.lines(Lexicon.class, resource).forEach(sink);
  }

  /** The value of word in category, or null. */
  String lookup(String word, Category category) {
    Map<Category, String> m = words.get(word);
    return m == null ? null : m.get(category);
  }

  boolean has(String word, Category category) {
    return lookup(word, category) != null;
  }

  /** Whether the word triggers anything at all (the cheap first filter of the grammar). */
  boolean known(String word) {
    return words.containsKey(word);
  }

  /** An int value of word in category, or Integer.MIN_VALUE. */
  int intValue(String word, Category category) {
    String v = lookup(word, category);
    if (v == null) {
      return Integer.MIN_VALUE;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return Integer.MIN_VALUE;
    }
  }

  /** Holidays whose name may start at this token; the caller matches the whole name. */
  List<Holiday> holidaysStartingWith(String word) {
    return holidaysByFirstWord.getOrDefault(leadingLetters(word), List.of());
  }

  /**
   * A name's first word up to its first non-letter: the tokenizer splits "valentine's" and
   * "st." into pieces, so the name is filed under the piece a token can show.
   */
  private static String leadingLetters(String word) {
    int n = 0;
    while (n < word.length() && Character.isLetter(word.charAt(n))) {
      n++;
    }
    return n == 0 ? word : word.substring(0, n);
  }

  /** Present-tense verbs of scheduled events ("meets", "resume"). */
  boolean scheduleVerb(String lowerWord) {
    return scheduleVerbs.contains(lowerWord);
  }

  boolean pastTense(String lowerWord) {
    if (pastVerbs.contains(lowerWord)) {
      return true;
    }
    return lowerWord.length() >= 4 && lowerWord.endsWith("ed") && !edExceptions.contains(lowerWord);
  }
}
