package dev.timeline.engine.event;

import dev.timeline.engine.RuleData;
import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repairs part-of-speech errors where the syntax leaves one reading. First the verbs the tagger
 * hid: a word called an adjective or a noun right after a modal ("would retaliate/JJ", "will
 * almost double/JJ") is a bare verb; an "-ed" word or an irregular participle after a form of
 * "have" ("has outlasted/JJ", "has risen/NN") is a participle; a word after infinitival "to"
 * that does not start a noun phrase ("to expire/JJ Nov. 21"), or any word after the "to" of a
 * verb or adjective that takes an infinitive ("failed to thwart/NN rival bids"), is a bare verb;
 * a past-tense form between its subject and a number, a preposition or an adverb ("Fuel prices
 * fell/JJ almost three cents", "Orlen shares rose/JJ 40
 * cents", past adverbs: "shares also fell/JJ"; a name read as an adjective may be the subject:
 * "Brandvik/JJ earned/JJ"; an irregular past read as a plural before a determiner: "Thieves
 * stole/NNS a van"); an "-ing" noun between a preposition and its object is a gerund ("for
 * shelling/NN Fairport"); a past form read as a plural present is a past ("the court upheld/VBP",
 * "the president quit/VBP"). Then the verbs it invented, on the repaired tags: a possessive
 * ("Marlowe's/VB"), an "-s" form after "has" ("has interests/VBZ in"), a capitalized word inside
 * a sentence (a name: "a friend of Tamsin/VB"), a plural noun right before its finite verb
 * ("Dunmore shares/VBZ fell") or right after a past verb ("raised fares/VBZ"), a past tag on
 * a form in "-s" ("loan loss/VBD reserves"), the ownership adjectives ("closely held/VBD"), the
 * first word of a sentence modifying the noun after it ("Declining/VB issues") or the subject of
 * a finite verb after it ("Profit/VB climbed"), an "-ing" word read as a base form ("the
 * earning/VB power"); last, the words of a company name ({@link CompanyNames}: "Forge/VB
 * Mercantile PLC"). Returns tokens with the same indices; only tags change.
 */
final class TagRepairs {
  /** Adjectives that do follow a modal ("will likely fall"). */
  private static final Set<String> ADJECTIVES_AFTER_MODALS = Set.of("likely", "unlikely");
  /** Verbs the tagger reads as adverbs right after a modal ("will close/RB", "could double/RB"). */
  private static final Set<String> VERB_ADVERBS = Set.of("close", "double", "near");
  /** Tags after which a word still belongs to a noun phrase ("to expire dividends"). */
  private static final Set<String> NOUN_PHRASE_CONTINUES = Set.of("NN", "NNS", "JJ", "POS",
      "JJR", "JJS", "VBG", "HYPH");
  /** Tags inside a noun phrase, before its head. */
  private static final Set<String> NOUN_PHRASE_WORDS = Set.of("DT", "PDT", "PRP$", "CD", "JJ",
      "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH");
  /** Tags that can follow a finite verb but not an adjective ending a noun phrase. */
  private static final Set<String> AFTER_FINITE = Set.of("CD", "$", "IN", "RB", "RBR", "JJR",
      "TO");
  /** Endings only nouns have ("to education", "to prosperity"). */
  static final Pattern NOUN_SUFFIXES =
      Pattern.compile("(?:tion|ity|ment|ness|ance|ence|ship)$");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "do");
  private static final Set<String> IRREGULAR_PAST =
      RuleData.words(TagRepairs.class, "irregular-past-forms.txt");
  private static final Set<String> IRREGULAR_PARTICIPLES =
      RuleData.words(TagRepairs.class, "irregular-participles.txt");
  private static final List<String> LONG_IRREGULAR_PAST =
      IRREGULAR_PAST.stream().filter(p -> p.length() >= 4).toList();

  private TagRepairs() {}

  static List<Token> repair(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens);
    // Lower-cased once for all passes: a retag keeps the token's text.
    String[] forms = new String[out.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = out.get(i).lower();
    }
    boolean changed = false;
    for (int i = 1; i + 1 < out.size(); i++) {
      if (subjectAfterThat(out, forms, i)) {
        changed |= retag(out, i, "NN") | retag(out, i + 1, "VBD");
      }
    }
    for (int i = 1; i < out.size(); i++) {
      changed |= retag(out, i, complementOfLinkingVerb(out, i) ? "VBN" : null);
    }
    for (int i = 1; i < out.size(); i++) {
      changed |= retag(out, i, hiddenVerb(out, forms, i));
    }
    for (int i = 1; i < out.size(); i++) {
      changed |= retag(out, i, HiddenPresents.tag(out, forms, i));
    }
    for (int i = 0; i < out.size(); i++) {
      changed |= retag(out, i, hiddenPast(out, forms, i) ? "VBD" : null);
    }
    for (int i = 0; i < out.size(); i++) {
      changed |= retag(out, i, hiddenNonVerb(out, forms, i));
    }
    for (int i = 1; i + 1 < out.size(); i++) {
      changed |= retag(out, i, finitePerfectHave(out, forms, i) ? "VBP" : null);
    }
    for (int i = 1; i < out.size(); i++) {
      changed |= retag(out, i, pastOnlyParticiple(out, forms, i) ? "VBD" : null);
    }
    for (int i = 1; i < out.size(); i++) {
      changed |= retag(out, i,
          eventNounAfterMore(out, forms, i) || eventNounInPhrase(out, i) ? "NN" : null);
    }
    for (int i = 1; i + 1 < out.size(); i++) {
      changed |= retag(out, i, lastBeforePast(out, forms, i) ? "RB" : null);
    }
    for (int i = 1; i + 2 < out.size(); i++) {
      if (lastBeforeConjoinedParticiple(out, forms, i)) {
        changed |= retag(out, i, "RB") | retag(out, i + 1, "VBN");
      }
    }
    boolean[] inName = CompanyNames.mark(out);
    for (int i = 0; i < out.size(); i++) {
      changed |= retag(out, i, inName[i] && wordTag(out.get(i).pos()) ? "NNP" : null);
    }
    return changed ? List.copyOf(out) : tokens;
  }

  /**
   * "last" read as a verb right before a past form is the adverb: "the bank last/VBP raised rates
   * in 2023" (the verb "last" takes no past form after it).
   */
  private static boolean lastBeforePast(List<Token> tokens, String[] forms, int i) {
    String next = tokens.get(i + 1).pos();
    return forms[i].equals("last") && tokens.get(i).pos().startsWith("VB")
        && (next.equals("VBD") || next.equals("VBN"));
  }

  /**
   * "last" read as an adjective between "and" and a participle taken for a noun: the second verb
   * of a passive pair, "was built in 1870 and last/JJ rebuilt/NN in 1995", where a noun phrase
   * "last rebuilt" cannot stand before a preposition.
   */
  private static boolean lastBeforeConjoinedParticiple(List<Token> tokens, String[] forms, int i) {
    if (!forms[i].equals("last") || !tokens.get(i).pos().equals("JJ")
        || !tokens.get(i - 1).pos().equals("CC")) {
      return false;
    }
    String form = forms[i + 1];
    String pos = tokens.get(i + 1).pos();
    boolean participle = (form.endsWith("ed") && !form.endsWith("eed"))
        || IRREGULAR_PARTICIPLES.contains(form) || endsWithLongPast(form);
    return participle && (pos.equals("NN") || pos.equals("JJ") || pos.equals("VBD"))
        && tokens.get(i + 2).pos().equals("IN");
  }

  /**
   * An event noun read as an adverb after "more" or "less" ("expect more rain/RB on Friday"):
   * "more" is its quantity there, and the lexicon's nouns are no adverbs.
   */
  private static boolean eventNounAfterMore(List<Token> tokens, String[] forms, int i) {
    return tokens.get(i).pos().startsWith("RB")
        && (forms[i - 1].equals("more") || forms[i - 1].equals("less"))
        && EventLexicon.get().nounClass(tokens, i).isPresent();
  }

  /** Tags of the word before a noun phrase's head: a determiner, a possessive, a noun. */
  private static final Set<String> BEFORE_HEAD = Set.of("DT", "PRP$", "POS", "NN", "CD");
  /** Tags that may follow the head of a noun phrase but never an adjective inside one. */
  private static final Set<String> AFTER_HEAD = Set.of("IN", ",", ".", ":", "VBG", "VBD",
      "VBN", "TO");

  /** Punctuation that ends a noun phrase an adjective-read head may close. */
  private static final Set<String> ADJECTIVE_HEAD_ENDS = Set.of(",", ".", ":");

  /**
   * An event noun read as an adverb or adjective where only a noun phrase's head fits: after a
   * determiner, possessive or noun (an adjective-read one after an adjective too). Adverb-read,
   * before a preposition, a participle or punctuation ("held a one day rally/RB in Dunmere", "a
   * student rally/RB led by"); adjective-read, before "of", a verb or punctuation ("at the
   * close/JJ of trading", "the night raid/JJ began", "braced for a slowdown/JJ ."), but not
   * before another preposition, which a predicate adjective takes too. An adjective of a noun
   * phrase precedes its noun instead; the lexicon's nouns are the only words retagged.
   */
  private static boolean eventNounInPhrase(List<Token> tokens, int i) {
    String pos = tokens.get(i).pos();
    boolean adjective = pos.equals("JJ");
    String before = tokens.get(i - 1).pos();
    if (!(adjective || pos.equals("RB")) || !Character.isLowerCase(
        tokens.get(i).text().charAt(0))
        || !(BEFORE_HEAD.contains(before) || (adjective && before.equals("JJ")))) {
      return false;
    }
    if (i + 1 >= tokens.size()) {
      return !adjective && EventLexicon.get().nounClass(tokens, i).isPresent();
    }
    Token next = tokens.get(i + 1);
    if (adjective) {
      // A predicate adjective takes a preposition ("close to", "offensive in"), never "of".
      return (next.lower().equals("of") || ADJECTIVE_HEAD_ENDS.contains(next.pos())
          || next.pos().startsWith("VB") || next.pos().equals("MD"))
          && EventLexicon.get().nounClass(tokens, i).isPresent();
    }
    return AFTER_HEAD.contains(next.pos()) && EventLexicon.get().nounClass(tokens, i).isPresent();
  }

  /** A verb or common-noun tag, the ones a word inside a name must not keep. */
  private static boolean wordTag(String pos) {
    return pos.startsWith("VB") || pos.equals("NN") || pos.equals("NNS");
  }

  private static boolean retag(List<Token> tokens, int i, String tag) {
    if (tag == null) {
      return false;
    }
    Token t = tokens.get(i);
    // A verb's lemma does not fit the noun it turns out to be ("loss/VBD" lemmatized as a verb).
    String lemma = t.pos().startsWith("VB") && tag.equals("NN")
        ? t.lower() : t.lemma();
    tokens.set(i, new Token(t.index(), t.span(), t.text(), tag, lemma, t.lower()));
    return true;
  }

  /**
   * A clause opened by "that" needs its subject before its verb, so a bare verb right after "that"
   * with a past form after it is that subject: "said that revenue/VB rose/RB 18 percent".
   */
  private static boolean subjectAfterThat(List<Token> tokens, String[] forms, int i) {
    return tokens.get(i).pos().equals("VB") && forms[i - 1].equals("that")
        && !tokens.get(i + 1).isVerb() && Character.isLetter(forms[i + 1].charAt(0))
        && isPastForm(forms[i + 1]);
  }

  /**
   * A past form right after a linking verb is the state it links, a participle: "will stay
   * closed/VBD" cannot hold two finite verbs.
   */
  private static boolean complementOfLinkingVerb(List<Token> tokens, int i) {
    Token prev = tokens.get(i - 1);
    return tokens.get(i).pos().equals("VBD") && prev.isVerb()
        && LinkingVerbs.isLinking(prev.lemma());
  }

  private static String hiddenVerb(List<Token> tokens, String[] forms, int i) {
    // Both gerund rules need a gerund's shape; most words fail its first test, before any set.
    if (gerundShape(tokens.get(i), forms[i]) && (gerundAfterPreposition(tokens, forms, i)
        || gerundAfterAspectual(tokens, forms, i) || progressiveWithObject(tokens, forms, i))) {
      return "VBG";
    }
    Token t = tokens.get(i);
    String pos = t.pos();
    if (pos.startsWith("RB") && VERB_ADVERBS.contains(forms[i])
        && VerbGroups.isModal(tokens.get(i - 1))
        && (i + 1 == tokens.size() || !tokens.get(i + 1).isVerb())) {
      return "VB"; // "will close/RB next year": the verb, not an adverb before "next"
    }
    boolean lower = Character.isLowerCase(t.text().charAt(0));
    boolean plural = pos.equals("NNS");
    if (!(pos.equals("JJ") || pos.equals("NN") || (lower && pos.equals("NNP")) || plural)
        || !Character.isLetter(t.text().charAt(0))) {
      return null;
    }
    String form = forms[i];
    // No plural noun is a past form: "loss reserves stood/NNS at".
    if (plural && !IRREGULAR_PAST.contains(form)) {
      return null;
    }
    int before = i - 1;
    while (before > 0 && (tokens.get(before).pos().startsWith("RB")
        || (forms[before].equals("last") && isPastForm(form)))) {
      before--; // "last" before a past form is the adverb: "drivers last struck/NNS in 2024"
    }
    if (before > 1 && forms[before].equals("than")
        && (forms[before - 1].equals("more") || forms[before - 1].equals("less"))) {
      before -= 2; // "has more than tripled/JJ", "will more than double/JJ"
    }
    Token prev = tokens.get(before);
    if (VerbGroups.isModal(prev) && !ADJECTIVES_AFTER_MODALS.contains(form)) {
      return "VB";
    }
    if (prev.lemma().equals("have") && prev.isVerb() && (form.endsWith("ed")
        || IRREGULAR_PARTICIPLES.contains(form) || IRREGULAR_PAST.contains(form))) {
      return "VBN";
    }
    if (before == i - 1 && prev.pos().equals("TO") && lower
        && !NOUN_SUFFIXES.matcher(form).find()
        && (!startsNounPhrase(tokens, i) || infinitiveTaker(tokens, i - 2))) {
      return "VB";
    }
    if (before == i - 1 && lower && coordinatedInfinitive(tokens, forms, i)) {
      return "VB";
    }
    if (coordinatedPast(tokens, forms, i, before)) {
      return "VBD";
    }
    if (before == i - 1 && lower && RELATIVE_PRONOUNS.contains(forms[before])
        && !NOUN_SUFFIXES.matcher(form).find() && i + 1 < tokens.size()
        && (AFTER_FINITE.contains(tokens.get(i + 1).pos()) || datesAfter(tokens, i + 1))) {
      return isPastForm(form) ? "VBD" : "VBP"; // "the notes, which mature/JJ Jan. 5": the verb
    }
    // Adverbs may stand between: "Kestrel Foods shares also fell/JJ 30 cents".
    // A date after the past form dates it ("the plant reopened/JJ Tuesday"), and a clause may
    // end after it ("the guests fled/NN ,"; "-eed" nouns aside: "the speed.").
    if (lower && isPastForm(form) && subject(tokens, before) && i + 1 < tokens.size()
        && (AFTER_FINITE.contains(tokens.get(i + 1).pos()) || datesAfter(tokens, i + 1)
            || (plural && OBJECT_DETERMINERS.contains(forms[i + 1]))
            || (CLAUSE_ENDS.contains(tokens.get(i + 1).pos()) && !form.endsWith("eed")))) {
      // After an object it is a participle (still an event in TimeML), not a clause's verb.
      return objectOfVerbOrPreposition(tokens, before) ? "VBN" : "VBD";
    }
    return null;
  }

  /**
   * Verbs and adjectives whose "to" opens an infinitive, never a noun phrase: what follows is a
   * verb even where a noun could start ("failed to thwart/NN rival bidders", "chose to
   * square/JJ positions").
   */
  private static final Set<String> INFINITIVE_TAKERS = Set.of("fail", "decline", "seek",
      "choose", "want", "try", "attempt", "decide", "plan", "hope", "expect", "refuse", "intend",
      "threaten", "promise", "vow", "pledge", "aim", "manage", "need", "dare", "afford", "wish",
      "tend", "position", "able", "unable", "eager", "willing", "unwilling", "likely",
      "unlikely");

  /** The word at {@code k}, adverbs skipped ("eager not to"), takes an infinitive. */
  private static boolean infinitiveTaker(List<Token> tokens, int k) {
    while (k > 0 && tokens.get(k).pos().startsWith("RB")) {
      k--;
    }
    return k >= 0 && INFINITIVE_TAKERS.contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> OWNERSHIP_ADVERBS =
      Set.of("closely", "privately", "publicly", "wholly", "jointly");
  private static final Set<String> OWNERSHIP_PARTICIPLES = Set.of("held", "owned", "traded");
  /** Verbs whose past tense is their base form ("the president quit", "British Gas shed"). */
  private static final Set<String> SAME_FORM_PASTS = Set.of("quit", "shed", "set", "cut", "cost",
      "put", "hit", "let", "spread", "bid", "hurt", "beat", "burst", "cast", "split", "shut",
      "upset", "thrust");

  /**
   * A past tense the tagger read as a plural present (VBP): a past form ("the court upheld/VBP",
   * "investors fled/VBP"; "-eed" verbs like "proceed" aside), or a verb whose past is its base
   * form right after a singular subject, with which a present would have to agree ("the
   * company's president quit/VBP", "British Gas shed/VBP").
   */
  /** A longer word ending in a past form of four letters or more: "upheld", "overtook". */
  private static boolean endsWithLongPast(String form) {
    for (String p : LONG_IRREGULAR_PAST) {
      if (form.length() > p.length() + 1 && form.endsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hiddenPast(List<Token> tokens, String[] forms, int i) {
    Token t = tokens.get(i);
    if (!t.pos().equals("VBP")) {
      return false;
    }
    String form = forms[i];
    if ((form.endsWith("ed") && !form.endsWith("eed")) || IRREGULAR_PAST.contains(form)
        || endsWithLongPast(form)) {
      return true; // "upheld", "withheld", "overtook"
    }
    if (i == 0 || !SAME_FORM_PASTS.contains(form)) {
      return false;
    }
    String before = tokens.get(i - 1).pos();
    return before.equals("NN") || before.equals("NNP");
  }

  /** Tags that open a phrase only an object can be, never the next word of a compound noun. */
  private static final Set<String> OBJECT_STARTS =
      Set.of("DT", "PRP$", "PRP", "NNP", "NNPS", "CD", "WP");
  /** Words in "-ing" that are only nouns ("in everything the", "on the morning"). */
  private static final Set<String> ING_NOUNS = Set.of("thing", "something", "nothing",
      "anything", "everything", "morning", "evening", "spring", "string", "ceiling", "sibling",
      "offspring", "wedding", "clothing");
  private static final int MIN_GERUND_LENGTH = 6;

  /** Subordinators that take a gerund as a preposition does: "after cabling the news". */
  private static final Set<String> GERUND_SUBORDINATORS = Set.of("after", "before", "besides");
  /** Particles of phrasal verbs: "of giving up", "by beefing up". */
  private static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "back");
  /** Tags of a pronoun or determiner opening an object ("by tapping/PRP its reserves"). */
  private static final Set<String> DETERMINER_STARTS = Set.of("DT", "PRP$", "PRP", "WP");

  /** A lower-case word in "-ing" of six letters or more that is not only a noun ("morning"). */
  private static boolean gerundShape(Token t, String form) {
    return form.endsWith("ing") && form.length() >= MIN_GERUND_LENGTH
        && Character.isLowerCase(t.text().charAt(0)) && !ING_NOUNS.contains(form);
  }

  /**
   * An "-ing" word ({@link #gerundShape}, checked by the caller) tagged as a noun between a
   * preposition and its own object is a gerund: "fined for dumping/NN waste", "aimed at
   * halving/NNS the backlog", "in charge of choosing/NNS who plays". A noun there ("in trading yesterday", "of operating earnings") is
   * followed by more of its own noun phrase, not by a determiner, pronoun, name or number. So is
   * one followed by a particle or a preposition of its own ("of giving/NN up", "in
   * capitalizing/NN on", "after accounting/NN for"), and, after a determiner or pronoun only, one
   * read as an adjective or pronoun ("of tapping/PRP its", "besides managing/JJ the"): an
   * adjective there may modify a name ("of leading/JJ Japanese banks").
   */
  private static boolean gerundAfterPreposition(List<Token> tokens, String[] forms, int i) {
    Token t = tokens.get(i);
    String pos = t.pos();
    boolean noun = pos.equals("NN") || pos.equals("NNS");
    if (i == 0 || i + 1 >= tokens.size()
        || !(noun || pos.equals("JJ") || pos.equals("PRP") || pos.equals("RP"))) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    if (!prev.pos().equals("IN") || !(Triggers.PREPOSITIONS.contains(forms[i - 1])
        || GERUND_SUBORDINATORS.contains(forms[i - 1]))) {
      return false;
    }
    Token next = tokens.get(i + 1);
    if (next.pos().equals("RP") || PARTICLES.contains(forms[i + 1])
        || (next.pos().equals("IN") && Triggers.PREPOSITIONS.contains(forms[i + 1]))) {
      return true;
    }
    return noun ? OBJECT_STARTS.contains(next.pos()) : DETERMINER_STARTS.contains(next.pos());
  }

  /** Tags an "-ing" word after an aspectual verb is misread with. */
  private static final Set<String> ASPECTUAL_OBJECT_TAGS = Set.of("NN", "NNS", "JJ", "RB", "RP",
      "PRP");

  /**
   * An "-ing" word ({@link #gerundShape}, checked by the caller) right after a verb that begins,
   * continues or stops something is the activity's verb: "began notifying/RP its clients", "will
   * start repairing/NNS roads".
   */
  private static boolean gerundAfterAspectual(List<Token> tokens, String[] forms, int i) {
    Token t = tokens.get(i);
    if (i == 0 || !ASPECTUAL_OBJECT_TAGS.contains(t.pos())) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    return prev.isVerb() && EventLexicon.get().verbClass(prev.lemma()) == EventClass.ASPECTUAL;
  }

  /**
   * The noun phrase ending at {@code end} follows a verb or a preposition, so the past form after
   * it opens a reduced relative clause ("expect the countries involved in airstrikes to ..."): a
   * participle, not the verb of its own clause.
   */
  private static boolean objectOfVerbOrPreposition(List<Token> tokens, int end) {
    int k = end;
    while (k > 0 && NOUN_PHRASE_WORDS.contains(tokens.get(k - 1).pos())) {
      k--;
    }
    if (k == 0) {
      return false;
    }
    String pos = tokens.get(k - 1).pos();
    return pos.startsWith("VB") || pos.equals("IN") || pos.equals("TO");
  }

  private static boolean isPastForm(String form) {
    // "unrelated", "unchanged": adjectives, never past tenses.
    return (form.endsWith("ed") && !form.startsWith("un")) || IRREGULAR_PAST.contains(form);
  }

  /**
   * The end of a noun phrase that can be a subject: a noun, or a plural the tagger read as a
   * verb after a name or noun ("Dunmore shares/VBZ").
   */
  private static boolean subject(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (t.pos().startsWith("NN")) {
      return true;
    }
    if (t.pos().equals("JJ") && Character.isUpperCase(t.text().charAt(0))
        && !t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
      return true; // a name read as an adjective: "Brandvik/JJ earned/JJ $2.4 million"
    }
    return t.pos().equals("VBZ") && k > 0 && tokens.get(k - 1).pos().startsWith("NN")
        && !AUXILIARY_LEMMAS.contains(t.lemma());
  }

  /**
   * The word is followed by more of a noun phrase, a coordination ("to counsel and a fair
   * trial"), a comparison or a number ("to more than", "to about 1.65"), or ends the sentence.
   */
  private static boolean startsNounPhrase(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(i + 1);
    if (datesAfter(tokens, i + 1)) {
      return false; // "due to expire/JJ yesterday", "set to close/JJ next Monday"
    }
    return NOUN_PHRASE_CONTINUES.contains(next.pos()) || next.pos().equals("CC")
        || next.pos().equals("CD") || next.pos().equals(".") || next.text().equals("of")
        || next.text().equals("than") || next.text().startsWith("-");
  }

  /**
   * Words that open an object, never the next word of a noun phrase: an irregular past read as
   * a plural before one is the verb ("Thieves stole/NNS a van").
   */
  private static final Set<String> OBJECT_DETERMINERS = Set.of("a", "an", "the", "his", "her",
      "its", "their");

  /** Relative pronouns a clause's verb follows right away: "which expire", "who fled". */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who");
  /** Tags of the punctuation that ends a clause. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ":");

  /** Words that open a date with a day or month after them: "last Friday", "next March". */
  private static final Set<String> DATE_OPENERS = Set.of("last", "next", "this", "early",
      "late");

  /** A date starts at {@code k}: "Friday", "Nov. 3", or "last Friday", "early Tuesday". */
  private static boolean datesAfter(List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    if (DateWords.opensDate(tokens.get(k))) {
      return true;
    }
    return k + 1 < tokens.size() && DATE_OPENERS.contains(tokens.get(k).lower())
        && DateWords.opensDate(tokens.get(k + 1));
  }

  /** Conjunctions that join two bare verbs under one "to": "to buy and resell". */
  private static final Set<String> VERB_CONJUNCTIONS = Set.of("and", "or");

  /**
   * A word read as an adjective or noun that shares an infinitive's "to" with a bare verb is a
   * bare verb too: after "to" and a bare verb and "and" ("to isolate and squeeze/JJ the town"),
   * or, read as an adjective, between "to" and "and" with a bare verb after it ("to gather/JJ and
   * weigh the bids"; a noun there may end a phrase after a preposition: "to growth and create").
   */
  private static boolean coordinatedInfinitive(List<Token> tokens, String[] forms, int i) {
    if (NOUN_SUFFIXES.matcher(forms[i]).find()) {
      return false;
    }
    if (i >= 3 && VERB_CONJUNCTIONS.contains(forms[i - 1])
        && tokens.get(i - 2).pos().equals("VB") && !tokens.get(i - 2).lemma().equals("be")
        && tokens.get(i - 3).pos().equals("TO")) {
      return true;
    }
    return tokens.get(i).pos().equals("JJ") && i + 2 < tokens.size()
        && tokens.get(i - 1).pos().equals("TO") && VERB_CONJUNCTIONS.contains(forms[i + 1])
        && tokens.get(i + 2).pos().equals("VB");
  }

  /** Tags that open the object of a progressive verb: "was delaying/JJ construction". */
  private static final Set<String> PROGRESSIVE_OBJECT_STARTS = Set.of("DT", "PRP$", "PRP", "NN",
      "NNS", "NNP", "NNPS", "CD");
  /** "-ing" adjectives that a copula takes before a noun: "it was encouraging news". */
  private static final Set<String> ING_ADJECTIVES = Set.of("interesting", "amazing",
      "astonishing", "outstanding", "remaining", "existing", "promising", "encouraging",
      "disappointing", "surprising", "exciting", "leading", "growing", "mounting", "increasing");

  /**
   * An "-ing" word ({@link #gerundShape}, checked by the caller) read as an adjective after a form
   * of "be" (adverbs skipped) and before an object is the progressive verb: "the firm was
   * delaying/JJ construction", "the bill is undercutting/JJ efforts". Not after "there" ("there
   * is growing concern"), and not the adjectives a copula takes before a noun.
   */
  private static boolean progressiveWithObject(List<Token> tokens, String[] forms, int i) {
    if (!tokens.get(i).pos().equals("JJ") || i + 1 >= tokens.size()
        || !PROGRESSIVE_OBJECT_STARTS.contains(tokens.get(i + 1).pos())
        || ING_ADJECTIVES.contains(forms[i])) {
      return false;
    }
    int be = i - 1;
    while (be > 0 && tokens.get(be).pos().startsWith("RB")) {
      be--;
    }
    return be > 0 && tokens.get(be).isVerb() && tokens.get(be).lemma().equals("be")
        && !forms[be - 1].equals("there");
  }

  /** Tags of what ends a subject right before its finite verb: a noun, a pronoun, an apposition. */
  private static final Set<String> SUBJECT_ENDS = Set.of("NN", "NNS", "NNP", "NNPS", ",", "WDT",
      "WP");
  /** Pronouns that are only subjects. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "they");

  /**
   * "have" read as a bare verb with a participle after it (adverbs skipped) and a subject right
   * before it is the finite present of a perfect: "the rates, a gauge of demand, have/VB fallen",
   * "investors have/VB agreed". A bare "have" follows a modal, "to" or "do" ("could have gone",
   * "to have agreed"), none of which ends a subject.
   */
  private static boolean finitePerfectHave(List<Token> tokens, String[] forms, int i) {
    if (!forms[i].equals("have") || !tokens.get(i).pos().equals("VB")) {
      return false;
    }
    int next = i + 1;
    while (next + 1 < tokens.size() && tokens.get(next).pos().startsWith("RB")) {
      next++;
    }
    if (!tokens.get(next).pos().equals("VBN")) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    return SUBJECT_ENDS.contains(prev.pos()) || SUBJECT_PRONOUNS.contains(forms[i - 1]);
  }

  /** Past tenses that are never participles: "came", not "has came". */
  private static final Set<String> PAST_ONLY = Set.of("fell", "rose", "grew", "sank", "shrank",
      "took", "gave", "began", "came", "went", "saw", "became", "broke", "spoke", "ran", "drew",
      "threw", "flew", "wrote", "stole", "froze", "shook", "swore", "sang", "rode", "knew",
      "overtook", "undertook", "withdrew", "forgave", "overcame");

  /**
   * A past tense read as a participle is the past tense: no participle has the form of "came",
   * "spoke" or "rose" ("the ruling came/VBN in response").
   */
  private static boolean pastOnlyParticiple(List<Token> tokens, String[] forms, int i) {
    return tokens.get(i).pos().equals("VBN") && PAST_ONLY.contains(forms[i]);
  }

  /** Words before "and" scanned for the past verb a coordinated past form shares a subject with. */
  private static final int COORDINATION_WINDOW = 12;

  /**
   * An "-ed" word read as an adjective right after "and" (adverbs skipped), with its own object
   * after it and a past verb before the "and", is the second verb of the coordination: "the storm
   * flooded two towns and badly damaged/JJ the bridge". An adjective there ("and armed/JJ men")
   * is followed by its noun, not by an object's determiner, number, pronoun or name.
   */
  private static boolean coordinatedPast(List<Token> tokens, String[] forms, int i, int before) {
    Token t = tokens.get(i);
    if (!t.pos().equals("JJ") || !forms[before].equals("and") || i + 1 >= tokens.size()
        || !isPastForm(forms[i]) || !Character.isLowerCase(t.text().charAt(0))
        || !OBJECT_STARTS.contains(tokens.get(i + 1).pos())) {
      return false;
    }
    for (int k = before - 1; k >= 0 && k >= before - COORDINATION_WINDOW; k--) {
      String pos = tokens.get(k).pos();
      if (pos.equals("VBD")) {
        return true;
      }
      if (pos.equals(":") || pos.equals(".") || pos.equals("CC")) {
        return false;
      }
    }
    return false;
  }

  /** A capitalized word (not all capitals: headlines) where no sentence or quotation starts. */
  private static boolean capitalizedInside(List<Token> tokens, int i) {
    String text = tokens.get(i).text();
    if (i == 0 || !Character.isUpperCase(text.charAt(0))
        || text.equals(text.toUpperCase(Locale.ROOT))) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    return Character.isLetterOrDigit(prev.text().charAt(0)) || prev.text().equals(",");
  }

  private static String hiddenNonVerb(List<Token> tokens, String[] forms, int i) {
    Token t = tokens.get(i);
    if (!t.pos().startsWith("VB") || !Character.isLetter(t.text().charAt(0))) {
      return null;
    }
    if (forms[i].endsWith("'s")) {
      return "NN";
    }
    String pastInS = pastTagOnS(t);
    if (pastInS != null) {
      return pastInS;
    }
    if (i > 0 && OWNERSHIP_ADVERBS.contains(forms[i - 1])
        && OWNERSHIP_PARTICIPLES.contains(forms[i])) {
      return "JJ"; // "closely held", "a wholly owned unit": how a company is owned, no event
    }
    if (capitalizedInside(tokens, i)) {
      return "NNP"; // "a friend of Tamsin/VB", "Exchange, Marlowe/VB shares"
    }
    Token prev = i > 0 ? tokens.get(i - 1) : null;
    if (prev != null && t.pos().equals("VBZ") && prev.lemma().equals("have") && prev.isVerb()
        && !AUXILIARY_LEMMAS.contains(t.lemma())) {
      return "NNS"; // "has interests/VBZ in": after "has" a verb is a participle, never in "-s"
    }
    if (prev != null && t.pos().equals("VBZ") && !AUXILIARY_LEMMAS.contains(t.lemma())
        && (Triggers.PREPOSITIONS.contains(forms[i - 1])
            || TIME_PREPOSITIONS.contains(forms[i - 1]) || countedPlural(tokens, forms, i))) {
      return "NNS"; // "after talks/VBZ with the company broke down": a preposition's object
    }
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (next == null) {
      return null;
    }
    boolean afterPronoun = i > 0 && tokens.get(i - 1).pos().equals("PRP");
    int verbAfter = i + 1;
    while (verbAfter + 1 < tokens.size() && tokens.get(verbAfter).pos().startsWith("RB")) {
      verbAfter++; // "Dunmore shares/VBZ also fell"
    }
    if (t.pos().equals("VBZ") && FINITE.contains(tokens.get(verbAfter).pos()) && !afterPronoun
        && !AUXILIARY_LEMMAS.contains(t.lemma())) {
      return "NNS";
    }
    if (t.pos().equals("VBZ") && prev != null && prev.pos().equals("VBD")
        && Character.isLowerCase(t.text().charAt(0)) && !AUXILIARY_LEMMAS.contains(t.lemma())
        && !reducedRelative(tokens, i - 1)) {
      return "NNS"; // "the airline raised fares/VBZ": two finite verbs in a row, an object
    }
    if (i == 0 && (next.pos().equals("NN") || next.pos().equals("NNS"))) {
      return "JJ";
    }
    if (i == 0 && subjectBeforeItsVerb(tokens)) {
      return t.pos().equals("VBZ") ? "NNS" : "NN";
    }
    if (t.pos().equals("VB") && forms[i].endsWith("ing")
        && t.text().length() >= MIN_GERUND_LENGTH) {
      return "VBG"; // "the earning/VB power", "declining/VB prices": no base form ends so
    }
    return null;
  }

  /**
   * A count above one just before the word, over at most one noun or adjective ("30 freight
   * trains/VBZ a day", "two plans/VBZ"): a plural subject never takes a verb in "-s".
   */
  private static boolean countedPlural(List<Token> tokens, String[] forms, int i) {
    int k = i - 1;
    if (k > 0 && (tokens.get(k).pos().equals("NN") || tokens.get(k).pos().equals("JJ"))) {
      k--;
    }
    return tokens.get(k).pos().equals("CD") && !forms[k].equals("one") && !forms[k].equals("1")
        && Character.isLowerCase(tokens.get(i).text().charAt(0));
  }

  /** Subordinators that are prepositions too: a finite verb right after one has no subject. */
  private static final Set<String> TIME_PREPOSITIONS = Set.of("after", "before", "since",
      "until");

  /**
   * The past verb at {@code verb} ends a relative clause without "that" whose head noun stands
   * before its subject ("the plan he proposed calls for", "the fund the bank set up runs"): the
   * present after it is the main verb then, not an object.
   */
  private static boolean reducedRelative(List<Token> tokens, int verb) {
    int k = verb - 1;
    while (k >= 0 && tokens.get(k).pos().startsWith("RB")) {
      k--;
    }
    if (k >= 0 && tokens.get(k).pos().equals("PRP")) {
      return k > 0 && tokens.get(k - 1).isNoun();
    }
    while (k >= 0 && RELATIVE_SUBJECT_WORDS.contains(tokens.get(k).pos())) {
      k--;
    }
    if (k >= 0 && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("PRP$"))) {
      k--;
    }
    return k >= 0 && tokens.get(k).isNoun();
  }

  /** Tags of the words of a subject noun phrase after its determiner. */
  private static final Set<String> RELATIVE_SUBJECT_WORDS = Set.of("NN", "NNS", "NNP", "NNPS",
      "JJ", "JJR", "JJS", "CD", "POS");

  /**
   * No English past tense but "was" ends in "s": a past tag there is the tagger's slip, a noun
   * in "-ss" ("loan loss/VBD reserves") and a present otherwise ("who lives/VBD in").
   */
  private static String pastTagOnS(Token t) {
    String form = t.lower();
    if (!t.pos().equals("VBD") || !form.endsWith("s") || form.equals("was")) {
      return null;
    }
    return form.endsWith("ss") ? "NN" : "VBZ";
  }

  /** Longest stretch of prepositional phrases skipped between a subject and its verb. */
  private static final int SUBJECT_PHRASE_WINDOW = 8;

  /**
   * The sentence opens with a present or bare verb form whose own finite verb follows, right
   * away or past prepositional phrases: "Profit/VB climbed", "Farmers/VB feel", "Proceeds/VBZ from
   * the offering are". The first word is the subject, a noun; an imperative ("Take the case of
   * ...") has no finite verb of its own there.
   */
  private static boolean subjectBeforeItsVerb(List<Token> tokens) {
    Token first = tokens.get(0);
    if (!FIRST_WORD_VERB_TAGS.contains(first.pos()) || !Character.isUpperCase(first.text().charAt(0))
        || AUXILIARY_LEMMAS.contains(first.lemma()) || VerbGroups.isModal(first)) {
      return false;
    }
    int k = 1;
    boolean inPhrase = false;
    while (k < tokens.size() && k <= SUBJECT_PHRASE_WINDOW) {
      Token t = tokens.get(k);
      if (t.pos().equals("IN") && Triggers.PREPOSITIONS.contains(t.lower())) {
        inPhrase = true;
      } else if (!(inPhrase && NOUN_PHRASE_WORDS.contains(t.pos()))) {
        break;
      }
      k++;
    }
    if (k >= tokens.size()) {
      return false;
    }
    Token verb = tokens.get(k);
    return (FINITE.contains(verb.pos()) || VerbGroups.isModal(verb))
        && Character.isLetter(verb.text().charAt(0));
  }

  private static final Set<String> FIRST_WORD_VERB_TAGS = Set.of("VB", "VBP", "VBZ");
}
