package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Picks the event triggers of a sentence: main verbs, copula predicates and event nouns. */
final class Triggers {
  /** Copulas whose predicate is the event ("is close", "remained a threat"). */
  private static final Set<String> COPULAS = Set.of("be");

  private Triggers() {}

  static List<Trigger> find(List<Token> tokens, List<VerbGroup> groups, List<Clause> clauses,
      EventLexicon lexicon) {
    List<Trigger> out = new ArrayList<>();
    boolean[] taken = new boolean[tokens.size()];
    for (VerbGroup g : groups) {
      Token head = tokens.get(g.head());
      int clause = clauseOf(clauses, g.head());
      if (COPULAS.contains(head.lemma()) && !g.passive()) {
        int predicate = predicate(tokens, g.head() + 1, lexicon);
        if (predicate >= 0 && !lexicon.nonEvent(tokens.get(predicate).lemma())) {
          Token p = tokens.get(predicate);
          Optional<EventClass> cls = p.isNoun() ? lexicon.nounClass(tokens, predicate)
              : lexicon.predicateClass(p.lemma().toLowerCase(java.util.Locale.ROOT));
          if (cls.isPresent()) {
            out.add(new Trigger(predicate, Trigger.Kind.PREDICATE, cls.get(), g, clause));
            taken[predicate] = true;
          }
        }
        continue;
      }
      if (isAuxiliaryOnly(head) || auxiliaryDo(tokens, g.head())
          || notAnEvent(tokens, g, lexicon)) {
        continue;
      }
      out.add(new Trigger(g.head(), Trigger.Kind.VERB, verbClass(tokens, g.head(), lexicon), g,
          clause));
      taken[g.head()] = true;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (taken[i] || !t.isNoun() || t.pos().startsWith("NNP") || !headsPhrase(tokens, i)) {
        continue;
      }
      Optional<EventClass> cls = lexicon.nounClass(tokens, i);
      if (cls.isEmpty()) {
        cls = lexicon.hyphenatedClass(tokens, i);
      }
      if (cls.isPresent() && !(cls.get() == EventClass.OCCURRENCE && speaker(tokens, i))) {
        out.add(new Trigger(i, Trigger.Kind.NOUN, cls.get(), null, clauseOf(clauses, i)));
        taken[i] = true;
      }
    }
    Maturities.find(tokens, out, taken, clauses);
    addActivityObjects(tokens, out, taken, clauses);
    out.removeIf(t -> HyphenatedWords.leadingPiece(tokens, t.token()));
    out.sort(Comparator.comparingInt(Trigger::token));
    return List.copyOf(out);
  }

  /**
   * An occurrence noun right before "said" or "told" names the body that speaks, not an event:
   * "her campaign said", "the mission told reporters".
   */
  private static boolean speaker(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return next.pos().startsWith("VB") && (next.lemma().equals("say") || next.lemma().equals("tell"));
  }

  /** Verbs that name a state when their object is an amount: "holds 15% of the shares". */
  private static final Set<String> POSSESSION_VERBS = Set.of("hold", "control", "own");
  /** Words before an amount: "holds about 40%", "controls more than 40%". */
  private static final Set<String> AMOUNT_MODIFIERS =
      Set.of("about", "nearly", "almost", "under", "over", "just", "more", "less", "than");
  /** Words that make an object a share of something owned: "a 12% stake", "a cash position". */
  private static final Set<String> HOLDING_WORDS = Set.of("%", "stake", "position", "percent");
  private static final int HOLDING_WINDOW = 5;

  /**
   * The verb's class from the lexicon, but a possession verb with an amount for its object is a
   * state: owning or holding a share lasts ("the fund holds 4.2 million shares", "holds a 9%
   * stake"), where holding a meeting or holding up a deal happens.
   */
  private static EventClass verbClass(List<Token> tokens, int head, EventLexicon lexicon) {
    String lemma = tokens.get(head).lemma();
    EventClass cls = lexicon.verbClass(lemma);
    if (!POSSESSION_VERBS.contains(lemma)) {
      return cls;
    }
    int k = head + 1;
    while (k < tokens.size() && (tokens.get(k).pos().startsWith("RB")
        || AMOUNT_MODIFIERS.contains(tokens.get(k).lower()))) {
      k++;
    }
    if (k >= tokens.size()) {
      return cls;
    }
    String pos = tokens.get(k).pos();
    if (pos.equals("CD") || pos.equals("$")) {
      return EventClass.STATE;
    }
    for (int j = k; j < tokens.size() && j < k + HOLDING_WINDOW; j++) {
      if (HOLDING_WORDS.contains(tokens.get(j).lower())) {
        return EventClass.STATE;
      }
    }
    return cls;
  }

  /** Aspectual verbs whose object need not be an event ("keep the money", "quit his job"). */
  private static final Set<String> NON_EVENT_ASPECTUALS = Set.of("keep", "quit", "end");

  /**
   * A singular noun without a determiner right after an aspectual verb names the activity begun,
   * resumed or stopped, an event even when no lexicon lists it ("resumed work Friday", "stopped
   * regular trading", "began trading on the exchange"); times ("began last spring") are not.
   */
  private static void addActivityObjects(List<Token> tokens, List<Trigger> out, boolean[] taken,
      List<Clause> clauses) {
    List<Trigger> found = new ArrayList<>();
    for (Trigger t : out) {
      if (t.kind() != Trigger.Kind.VERB || t.eventClass() != EventClass.ASPECTUAL
          || NON_EVENT_ASPECTUALS.contains(tokens.get(t.token()).lemma())) {
        continue;
      }
      int k = t.token() + 1;
      while (k < tokens.size() && tokens.get(k).pos().startsWith("JJ")) {
        k++;
      }
      if (k >= tokens.size() || taken[k] || !tokens.get(k).pos().equals("NN")
          || !headsPhrase(tokens, k) || DateWords.opensDate(tokens.get(k))) {
        continue;
      }
      String lemma = tokens.get(k).lemma().toLowerCase(java.util.Locale.ROOT);
      if (!TIME_NOUNS.contains(lemma) && !SEASONS.contains(lemma)) {
        found.add(new Trigger(k, Trigger.Kind.NOUN, EventClass.OCCURRENCE, null,
            clauseOf(clauses, k)));
        taken[k] = true;
      }
    }
    out.addAll(found);
  }

  private static final Set<String> SEASONS = Set.of("spring", "summer", "fall", "autumn",
      "winter");

  /** A modal left alone by ellipsis ("I can."): no event of its own. */
  private static boolean isAuxiliaryOnly(Token head) {
    return VerbGroups.isModal(head);
  }

  /**
   * "do" as an auxiliary whose verb the tagger missed or the text left out: "does n't back
   * down", "does it make", "Nor do analysts expect", "as did manufacturers".
   */
  private static boolean auxiliaryDo(List<Token> tokens, int head) {
    if (!tokens.get(head).lemma().equals("do") || head + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(head + 1);
    if (VerbGroups.NEGATORS.contains(next.lower())) {
      return true;
    }
    String before = head > 0 ? tokens.get(head - 1).lower() : "";
    if (before.equals("nor") || before.equals("as") || before.equals("than")) {
      return true;
    }
    // Inversion: "does it make", "did the company say".
    int k = head + 1;
    while (k < tokens.size() && k - head <= 4 && NounPhrases.isPart(tokens, k)) {
      k++;
    }
    return k > head + 1 && k < tokens.size() && tokens.get(k).pos().equals("VB");
  }

  private static final Set<String> TIME_NOUNS =
      Set.of("quarter", "year", "period", "month", "week", "day", "half", "season");
  private static final Set<String> PHRASE_AUXILIARIES = Set.of("have", "go", "get", "use");
  /** Tags before a participle that modifies a noun ("where polling/VBG stations closed"). */
  private static final Set<String> NOUN_MODIFIER_CONTEXT =
      Set.of("DT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD", "IN", "NN", "NNS", "NNP", "WRB");

  /**
   * Verbs that name no event: "have to" / "going to" (the infinitive is the event), forms used as prepositions ("based", "including"),
   * participles used as adjectives ("the growing demand", "operating income"), and "ended" in
   * "the quarter ended Sept. 30".
   */
  /** Participles that mean "from" before a date: "starting Tuesday", "beginning March 1". */
  private static final Set<String> FROM_DATE = Set.of("starting", "beginning");

  /** Tags of a bare material after "made of": "made of silk", "made of recycled glass". */
  private static final Set<String> MATERIAL_TAGS = Set.of("NN", "NNS", "JJ");

  private static boolean notAnEvent(List<Token> tokens, VerbGroup g, EventLexicon lexicon) {
    Token head = tokens.get(g.head());
    String lemma = head.lemma();
    String form = head.lower();
    Token next = g.head() + 1 < tokens.size() ? tokens.get(g.head() + 1) : null;
    // "used to" is habitual only without an auxiliary: "is used to finance" is an event.
    if (next != null && next.pos().equals("TO") && PHRASE_AUXILIARIES.contains(lemma)
        && g.head() + 2 < tokens.size() && tokens.get(g.head() + 2).pos().equals("VB")
        && !(lemma.equals("use") && g.first() != g.head())) {
      return true;
    }
    boolean bare = g.first() == g.head();
    if ((lexicon.nonEvent(form) && !(AFTER_AUXILIARY_VERBS.contains(form)
        && afterAuxiliary(tokens, g))) || NonVerbForms.cannotBeVerb(form)) {
      return true;
    }
    boolean participle = head.pos().equals("VBG") || head.pos().equals("VBN");
    if (bare && participle && next != null && next.isNoun() && !next.pos().startsWith("NNP")
        && (g.head() == 0 || NOUN_MODIFIER_CONTEXT.contains(tokens.get(g.head() - 1).pos()))) {
      return true;
    }
    if (bare && AttributiveParticiples.modifies(tokens, g.head(), PREPOSITIONS)) {
      return true;
    }
    if (bare && hyphenCompound(tokens, g.head())) {
      return true;
    }
    if (bare && NamingParticiples.names(tokens, g.head())) {
      return true;
    }
    if (bare && head.pos().equals("VBG") && FROM_DATE.contains(form) && next != null
        && DateWords.opensDate(next)) {
      return true; // "clinics will open starting Tuesday": a preposition of time
    }
    Token before = g.first() > 0 ? tokens.get(g.first() - 1) : null;
    if (bare && form.equals("made") && next != null && next.lower().equals("of")
        && g.head() + 2 < tokens.size() && MATERIAL_TAGS.contains(tokens.get(g.head() + 2).pos())) {
      return true; // "a kite made of silk": what a thing is of, no happening
    }
    if (bare && before != null && !head.pos().equals("VBZ")
        && (before.pos().equals("PRP$") || before.pos().equals("POS"))) {
      return true; // a modifier the tagger read as a verb: "its planned acquisition"
    }
    if (before != null && before.pos().equals("EX") && !lemma.equals("exist")) {
      return true; // "there has been", "there's": the existential, not an event
    }
    // A gerund takes a name for its object: "about ousting Varnell", "by destroying Drummond's army".
    boolean gerundObject = head.pos().equals("VBG") && next != null
        && next.pos().startsWith("NNP");
    if (bare && before != null && next != null && next.isNoun() && !gerundObject
        && nounInside(before, head)) {
      return true;
    }
    if (BroadcastHandoffs.handsOff(tokens, g)) {
      return true; // "Dana Reyes has more.": the anchor passes the story on
    }
    return lemma.equals("end") && g.head() > 0
        && TIME_NOUNS.contains(tokens.get(g.head() - 1).lemma());
  }

  /**
   * Forms of the non-event list that are verbs again after an auxiliary: "is following/VBG the
   * talks", "will be owned by", "would have preferred". Not "is based in", "may include": those
   * stay a location and a part.
   */
  private static final Set<String> AFTER_AUXILIARY_VERBS = Set.of("following", "owned",
      "adjusted", "preferred");

  /** The group's head comes right after a form of "be" or "have" (adverbs between). */
  private static boolean afterAuxiliary(List<Token> tokens, VerbGroup g) {
    for (int k = g.head() - 1; k >= g.first(); k--) {
      Token t = tokens.get(k);
      if (t.isVerb()) {
        return t.lemma().equals("be") || t.lemma().equals("have");
      }
    }
    return false;
  }

  /**
   * A verb tag between a word and a noun where only a noun phrase fits, a modifier the tagger
   * misread: after a preposition ("by desert heat", "in selected markets") or a present plural
   * verb after a singular noun ("the oil supply route").
   */
  private static boolean nounInside(Token before, Token head) {
    if (before.pos().equals("IN") && PREPOSITIONS.contains(before.lower())) {
      return true;
    }
    return head.pos().equals("VBP") && (before.pos().equals("NN") || before.pos().equals("NNP"));
  }

  /** Prepositions that open a phrase of nouns (no subordinators: "after", "since", "that"). */
  static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "by", "for",
      "with", "from", "into", "about", "against", "amid", "over", "under", "during", "through",
      "toward", "towards", "without", "within", "among", "between");

  /** The second half of a hyphenated modifier: "U.S.-led", "Jordanian-born", "time-saving". */
  private static boolean hyphenCompound(List<Token> tokens, int head) {
    if (head < 2) {
      return false;
    }
    Token hyphen = tokens.get(head - 1);
    if (hyphen.text().length() > 1 && hyphen.text().endsWith("-")
        && hyphen.span().end() == tokens.get(head).span().begin()) {
      return true; // "U.N.-ordered" split as "U.N.-" "ordered"
    }
    return (hyphen.text().equals("-") || hyphen.text().equals("--"))
        && hyphen.span().end() == tokens.get(head).span().begin()
        && tokens.get(head - 2).span().end() == hyphen.span().begin();
  }

  /** The predicate after a copula: an adjective, or an event noun heading the phrase. */
  private static int predicate(List<Token> tokens, int from, EventLexicon lexicon) {
    int k = from;
    while (k < tokens.size() && tokens.get(k).pos().startsWith("RB")) {
      k++;
    }
    if (k >= tokens.size()) {
      return -1;
    }
    Token t = tokens.get(k);
    if (t.pos().startsWith("JJ")) {
      // "very close", or an adjective inside a noun phrase: "a close friend"; a date after it
      // is no noun it modifies: "is payable Jan. 2".
      if (k + 1 < tokens.size() && tokens.get(k + 1).isNoun()
          && !DateWords.opensDate(tokens.get(k + 1))) {
        return nounPredicate(tokens, k, lexicon);
      }
      return k;
    }
    return nounPredicate(tokens, k, lexicon);
  }

  private static int nounPredicate(List<Token> tokens, int k, EventLexicon lexicon) {
    int j = k;
    while (j < tokens.size() && NounPhrases.isPart(tokens, j)) {
      if (tokens.get(j).isNoun() && headsPhrase(tokens, j)) {
        return lexicon.nounClass(tokens, j).isPresent() ? j : -1;
      }
      j++;
    }
    return -1;
  }

  /**
   * The noun is the last of its phrase: no noun follows it but a day that dates the phrase ("a
   * news conference Friday", "closed the sale yesterday").
   */
  private static boolean headsPhrase(List<Token> tokens, int i) {
    return i + 1 >= tokens.size() || !tokens.get(i + 1).isNoun()
        || DateWords.opensDate(tokens.get(i + 1));
  }

  static int clauseOf(List<Clause> clauses, int token) {
    for (int c = 0; c < clauses.size(); c++) {
      if (clauses.get(c).contains(token)) {
        return c;
      }
    }
    return Math.max(0, clauses.size() - 1);
  }
}
