package dev.timeline.engine.text;

import java.util.Set;

/**
 * Turns the Universal Dependencies tags of the UD-EWT model into Penn Treebank tags. OpenNLP's own
 * UD→Penn mapper collapses every verb to {@code VB}; the rest of the engine needs tense, so verb
 * forms are told apart by their morphology (form against lemma) and by the auxiliaries before
 * them. A few contextual repairs fix systematic model errors (a verb right after "to", a noun
 * right after a determiner).
 */
final class PennTags {
  private static final Set<String> MODALS =
      Set.of("can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought",
          "'ll", "wo", "ca", "'d");
  /** Past forms the UD-EWT tagger often reads as nouns in business news. */
  private static final java.util.Map<String, String> PAST_FORMS = java.util.Map.ofEntries(
      java.util.Map.entry("rose", "rise"), java.util.Map.entry("fell", "fall"),
      java.util.Map.entry("said", "say"), java.util.Map.entry("climbed", "climb"),
      java.util.Map.entry("dropped", "drop"), java.util.Map.entry("slipped", "slip"),
      java.util.Map.entry("gained", "gain"), java.util.Map.entry("jumped", "jump"),
      java.util.Map.entry("surged", "surge"), java.util.Map.entry("declined", "decline"),
      java.util.Map.entry("increased", "increase"), java.util.Map.entry("eased", "ease"),
      java.util.Map.entry("soared", "soar"), java.util.Map.entry("plunged", "plunge"),
      java.util.Map.entry("tumbled", "tumble"), java.util.Map.entry("advanced", "advance"),
      java.util.Map.entry("slid", "slide"), java.util.Map.entry("sank", "sink"),
      java.util.Map.entry("grew", "grow"), java.util.Map.entry("left", "leave"),
      java.util.Map.entry("won", "win"), java.util.Map.entry("lost", "lose"),
      java.util.Map.entry("lasted", "last"));
  private static final Set<String> SUBJECT_PRONOUNS =
      Set.of("i", "you", "we", "they", "he", "she", "it", "who", "that", "which", "there");
  private static final Set<String> POSSESSIVE_PRONOUNS =
      Set.of("my", "your", "his", "her", "its", "our", "their", "mine", "yours", "hers", "ours",
          "theirs");
  private static final Set<String> WH_PRONOUNS = Set.of("who", "whom", "what", "which", "whoever");
  private static final Set<String> WH_ADVERBS = Set.of("when", "where", "why", "how", "whenever");
  private static final Set<String> WH_DETERMINERS = Set.of("which", "what", "whatever");
  /** Indefinite pronouns, which Penn tags as nouns. */
  private static final Set<String> NOUN_PRONOUNS =
      Set.of("everyone", "everybody", "everything", "someone", "somebody", "something", "anyone",
          "anybody", "anything", "nothing", "nobody", "none", "no-one");
  private static final Set<String> IRREGULAR_PARTICIPLES =
      Set.of("been", "done", "gone", "seen", "taken", "given", "known", "shown", "chosen",
          "written", "spoken", "driven", "broken", "fallen", "forgotten", "eaten", "beaten",
          "begun", "born", "borne", "drawn", "flown", "grown", "hidden", "ridden", "risen",
          "sworn", "thrown", "woken", "worn", "frozen", "stolen", "proven", "mistaken", "shaken",
          "forbidden", "withdrawn", "overtaken", "undertaken", "arisen", "bitten", "blown");
  private static final Set<String> IRREGULAR_PASTS =
      Set.of("was", "were", "did", "had", "went", "began", "took", "gave", "knew", "showed",
          "chose", "wrote", "spoke", "drove", "broke", "fell", "ate", "rose", "flew", "grew",
          "saw", "came", "became", "ran", "swore", "threw", "wore", "froze", "stole", "withdrew",
          "undertook", "overtook", "arose", "blew");

  private PennTags() {}

  /**
   * @param forms token texts
   * @param lower the texts lower-cased
   * @param tags Universal POS tags ({@link Upos#of}); repaired in place
   * @param lemmas lower-case lemmas
   * @return Penn Treebank tags, one per token
   */
  static String[] map(String[] forms, String[] lower, Upos[] tags, String[] lemmas) {
    int n = forms.length;
    String[] penn = new String[n];
    repair(forms, lower, tags, lemmas);
    for (int i = 0; i < n; i++) {
      penn[i] = one(forms, lower, tags, lemmas, penn, i);
    }
    return penn;
  }

  /** The Universal POS tags, compared by identity in the rules below. */
  enum Upos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
    /** A tag outside UD's seventeen. */
    OTHER;

    private static final java.util.Map<String, Upos> BY_NAME = java.util.Arrays.stream(values())
        .collect(java.util.stream.Collectors.toUnmodifiableMap(Enum::name, u -> u));

    static Upos of(String tag) {
      return BY_NAME.getOrDefault(tag, OTHER);
    }
  }

  /** Fixes UPOS errors the rest of the pipeline trips over (and the lemma of a retagged verb). */
  private static void repair(String[] forms, String[] lower, Upos[] tags, String[] lemmas) {
    if (tags.length > 2 && tags[0] == Upos.PROPN && lower[0].equals("born")
        && tags[1] == Upos.ADP) {
      // "Born in 1941 in Leeds, she ...": the participle opening a life story is no name.
      tags[0] = Upos.VERB;
      lemmas[0] = "bear";
    }
    for (int i = 0; i < tags.length; i++) {
      Upos prev = previousWord(tags, i);
      int p = previousWordIndex(tags, i);
      while (p > 0 && tags[p] == Upos.ADV && lower[p].endsWith("ly")) {
        p = previousWordIndex(tags, p);
      }
      if ((tags[i] == Upos.ADV || tags[i] == Upos.NOUN)
          && p >= 0
          && forms[p].equalsIgnoreCase("to")
          && tags[p] == Upos.PART) {
        // "to strictly comply": an infinitive marker is followed by a verb.
        if (!lower[i].endsWith("ly")) {
          tags[i] = Upos.VERB;
        }
      } else if (tags[i] == Upos.VERB && i > 0 && tags[i - 1] == Upos.DET
          && !lower[i].endsWith("ing")) {
        // "the report": a verb does not follow a determiner.
        tags[i] = Upos.NOUN;
      } else if (tags[i] == Upos.VERB && nounAfterDeterminer(tags, i)
          && i + 1 < tags.length && (forms[i + 1].equals(",") || forms[i + 1].equals("."))
          && forms[i].equalsIgnoreCase(lemmas[i])) {
        // "the United Nations statute,": a bare verb closing a determiner's phrase is a noun.
        tags[i] = Upos.NOUN;
      } else if (tags[i] == Upos.NOUN && PAST_FORMS.containsKey(lower[i])
          && i > 0 && (tags[i - 1] == Upos.NOUN || tags[i - 1] == Upos.PROPN
              || tags[i - 1] == Upos.ADJ
              || tags[i - 1] == Upos.PRON || (tags[i - 1] == Upos.VERB
                  && lower[i - 1].endsWith("s")))
          && (i + 1 == tags.length || !(tags[i + 1] == Upos.NOUN || tags[i + 1] == Upos.VERB))) {
        // "Sales rose 6%", "shares fell": a past form after the subject, not a noun.
        tags[i] = Upos.VERB;
        lemmas[i] = PAST_FORMS.get(lower[i]);
        if (tags[i - 1] == Upos.VERB) {
          tags[i - 1] = Upos.NOUN;
        }
      } else if ((tags[i] == Upos.VERB || tags[i] == Upos.AUX) && i > 0
          && Character.isUpperCase(forms[i].charAt(0))
          && (tags[i - 1] == Upos.PROPN || tags[i - 1] == Upos.NOUN)
          && Character.isUpperCase(forms[i - 1].charAt(0))) {
        // "the Science Museum": a capitalised word inside a name is no verb.
        tags[i] = Upos.PROPN;
      } else if ((tags[i] == Upos.VERB || tags[i] == Upos.AUX)
          && lemmas[i].equalsIgnoreCase(forms[i]) && pastWithoutLemma(lower[i])) {
        // The lemmatizer gave up on a regular past form ("climbed"): strip the ending.
        lemmas[i] = regularStem(lower[i]);
      } else if (tags[i] == Upos.VERB && i > 0 && tags[i - 1] == Upos.VERB
          && lower[i - 1].endsWith("s")
          && !lemmas[i - 1].equals("be") && !lemmas[i - 1].equals("have")
          && !lemmas[i - 1].equals("do")
          && lower[i].endsWith("ed")) {
        // "shares climbed": a plural noun read as a verb before the real one.
        tags[i - 1] = Upos.NOUN;
      } else if (tags[i] == Upos.VERB && i > 0 && tags[i - 1] == Upos.NUM
          && lower[i].endsWith("s")
          && !lower[i].endsWith("ss")) {
        // "800 shares": a counted word is a plural noun.
        tags[i] = Upos.NOUN;
      } else if (tags[i] == Upos.ADV && prev == Upos.DET) {
        // "an ally": an adverb does not follow a determiner.
        tags[i] = Upos.NOUN;
      }
    }
  }

  /** Base forms that end in -ed: "need", "proceed". */
  private static final Set<String> BASE_ED = Set.of("need", "feed", "speed", "proceed", "exceed",
      "succeed", "bleed", "breed", "seed", "shed", "wed", "embed", "heed", "weed", "bred", "led",
      "fled", "sled", "red", "bed");

  private static boolean pastWithoutLemma(String lower) {
    return lower.length() > 4 && lower.endsWith("ed") && !BASE_ED.contains(lower);
  }

  /** "climbed" → "climb", "dropped" → "drop", "carried" → "carry", "eased" → "ease". */
  static String regularStem(String lower) {
    String stem = lower.substring(0, lower.length() - 2);
    int n = stem.length();
    if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lsfz".indexOf(stem.charAt(n - 1)) < 0
        && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
      return stem.substring(0, n - 1);
    }
    if (stem.endsWith("i")) {
      return stem.substring(0, n - 1) + "y";
    }
    if ((stem.endsWith("s") && !stem.endsWith("ss")) || stem.endsWith("c") || stem.endsWith("g")
        || stem.endsWith("v") || stem.endsWith("z") || stem.endsWith("u")) {
      return stem + "e";
    }
    return stem;
  }

  private static boolean nounAfterDeterminer(Upos[] tags, int i) {
    if (i < 2 || !(tags[i - 1] == Upos.PROPN || tags[i - 1] == Upos.NOUN)) {
      return false;
    }
    for (int j = i - 2; j >= 0 && j >= i - 4; j--) {
      if (tags[j] == Upos.DET) {
        return true;
      }
      if (!(tags[j] == Upos.PROPN || tags[j] == Upos.NOUN || tags[j] == Upos.ADJ)) {
        return false;
      }
    }
    return false;
  }

  private static int previousWordIndex(Upos[] tags, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (tags[j] != Upos.PUNCT) {
        return j;
      }
    }
    return -1;
  }

  private static Upos previousWord(Upos[] tags, int i) {
    int j = previousWordIndex(tags, i);
    return j < 0 ? null : tags[j];
  }

  private static String one(
      String[] forms, String[] lowers, Upos[] tags, String[] lemmas, String[] penn, int i) {
    String form = forms[i];
    String lower = lowers[i];
    String lemma = lemmas[i];
    return switch (tags[i]) {
      case PUNCT -> punctuation(form);
      case ADJ -> lower.endsWith("est") && !lemma.equals(lower) ? "JJS"
          : lower.endsWith("er") && !lemma.equals(lower) ? "JJR" : "JJ";
      case ADP -> lower.equals("to") ? "TO" : "IN";
      case ADV -> WH_ADVERBS.contains(lower) ? "WRB"
          : lower.endsWith("er") && !lemma.equals(lower) ? "RBR" : "RB";
      case AUX, VERB -> verb(forms, lowers, tags, lemmas, penn, i);
      case CCONJ -> "CC";
      case DET -> WH_DETERMINERS.contains(lower) ? "WDT" : "DT";
      case INTJ -> "UH";
      case NOUN -> plural(lower, lemma) ? "NNS" : "NN";
      case PROPN -> plural(lower, lemma) && lower.endsWith("s") ? "NNPS" : "NNP";
      case NUM -> "CD";
      case PART -> lower.equals("to") ? "TO"
          : lower.equals("'s") || lower.equals("'") ? "POS"
          : lower.equals("not") || lower.equals("n't") ? "RB" : "RP";
      case PRON -> pronoun(lower);
      case SCONJ -> WH_ADVERBS.contains(lower) ? "WRB" : "IN";
      case SYM -> form.equals("$") ? "$" : "SYM";
      case X -> "FW";
      case OTHER -> "NN";
    };
  }

  private static boolean plural(String lower, String lemma) {
    return !lemma.equals(lower) && !lemma.isEmpty() && !lower.endsWith("ss");
  }

  private static String pronoun(String lower) {
    if (POSSESSIVE_PRONOUNS.contains(lower)) {
      return "PRP$";
    }
    if (lower.equals("whose")) {
      return "WP$";
    }
    if (WH_PRONOUNS.contains(lower)) {
      return "WP";
    }
    if (NOUN_PRONOUNS.contains(lower)) {
      return "NN";
    }
    if (lower.equals("there")) {
      return "EX";
    }
    if (lower.equals("this") || lower.equals("that") || lower.equals("these")
        || lower.equals("those")) {
      return "DT";
    }
    return "PRP";
  }

  private static String punctuation(String form) {
    return switch (form) {
      case "," -> ",";
      case ".", "!", "?", "..." -> ".";
      case "(", "[", "{" -> "-LRB-";
      case ")", "]", "}" -> "-RRB-";
      case "\"", "”", "''", "’" -> "''";
      case "“", "``", "‘" -> "``";
      case "$" -> "$";
      case "#" -> "#";
      default -> form.equals("'") ? "''" : ":";
    };
  }

  private static String verb(
      String[] forms, String[] lowers, Upos[] tags, String[] lemmas, String[] penn, int i) {
    String lower = lowers[i];
    String lemma = lemmas[i];
    if (tags[i] == Upos.AUX && MODALS.contains(lower)) {
      return "MD";
    }
    switch (lower) {
      case "is", "'s", "has", "does" -> {
        return "VBZ";
      }
      case "am", "are", "'re", "'m" -> {
        return "VBP";
      }
      case "was", "were" -> {
        return "VBD";
      }
      case "been" -> {
        return "VBN";
      }
      case "being" -> {
        return "VBG";
      }
      default -> {
        // fall through to morphology
      }
    }
    if (lower.endsWith("ing") && !lemma.equals(lower)) {
      return "VBG";
    }
    if (lemma.equals(lower) || lower.equals("be")) {
      return baseOrPresent(lowers, tags, lemmas, penn, i);
    }
    if (lower.endsWith("s") && (lower.equals(lemma + "s") || lower.equals(lemma + "es")
        || lower.endsWith("ies"))) {
      return "VBZ";
    }
    if (IRREGULAR_PARTICIPLES.contains(lower)) {
      return "VBN";
    }
    if (afterPerfectOrPassiveAuxiliary(tags, lemmas, i)) {
      return IRREGULAR_PASTS.contains(lower) ? "VBD" : "VBN";
    }
    if (reducedRelative(lowers, tags, i)) {
      return "VBN";
    }
    return "VBD";
  }

  /** A base form: infinitive or imperative (VB) or non-third-person present (VBP). */
  private static String baseOrPresent(
      String[] lower, Upos[] tags, String[] lemmas, String[] penn, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Upos t = tags[j];
      if (t == Upos.ADV || (t == Upos.PART && (lemmas[j].equals("not")))) {
        continue;
      }
      if (j < penn.length && penn[j] != null
          && (penn[j].equals("MD") || penn[j].equals("TO") || penn[j].startsWith("VB"))) {
        return "VB";
      }
      if ((t == Upos.PRON && SUBJECT_PRONOUNS.contains(lower[j]))
          || t == Upos.NOUN || t == Upos.PROPN || t == Upos.NUM) {
        return "VBP";
      }
      return "VB";
    }
    return "VB";
  }

  /** "has installed", "was elected", "had been sent". */
  private static boolean afterPerfectOrPassiveAuxiliary(Upos[] tags, String[] lemmas, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
      if (tags[j] == Upos.ADV || lemmas[j].equals("not")) {
        continue;
      }
      String l = lemmas[j];
      return (tags[j] == Upos.AUX || tags[j] == Upos.VERB)
          && (l.equals("have") || l.equals("be") || l.equals("get"));
    }
    return false;
  }

  /**
   * "the government installed in Chechnya in 2003 is ...": a past form between a noun and a
   * preposition, with a finite verb later in the same clause, modifies that noun.
   */
  private static boolean reducedRelative(String[] lowers, Upos[] tags, int i) {
    if (i == 0 || !(tags[i - 1] == Upos.NOUN || tags[i - 1] == Upos.PROPN)
        || i + 1 >= tags.length || tags[i + 1] != Upos.ADP) {
      return false;
    }
    for (int j = i + 1; j < tags.length; j++) {
      Upos t = tags[j];
      String lower = lowers[j];
      if (t == Upos.PUNCT || t == Upos.CCONJ || t == Upos.SCONJ || lower.equals("that")
          || lower.equals("who") || lower.equals("which") || lower.equals("when")) {
        return false;
      }
      if (t == Upos.AUX || t == Upos.VERB) {
        Upos before = tags[j - 1];
        // "the house he owned": a new subject starts a clause of its own; "asked them to
        // comply": an infinitive is the complement of a main verb.
        return before != Upos.PRON && before != Upos.PART;
      }
    }
    return false;
  }
}
