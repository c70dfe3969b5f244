package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import dev.timeline.engine.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds "who did what" from the clause of an event: the subject noun phrase, the verb group and
 * a bounded object, in the words of the text. Appositions ("Ilya Rogachev, an official in the
 * foreign ministry, said") are skipped, coordinated verbs borrow the subject of the first verb,
 * quotation marks are dropped.
 */
final class Headlines {
  private static final int MAX_OBJECT = 14;
  private static final Set<String> STOP_PUNCT = Set.of(",", ".", ":", "-LRB-", "-RRB-");
  private static final Set<String> DANGLING = Set.of("IN", "TO", "DT", "CC", "PRP$", "WDT", "WP",
      "POS", ",", ":", "WRB");
  /** Classes whose object is a whole clause ("said Russia does not expect ..."). */
  private static final Set<EventClass> CLAUSAL =
      Set.of(EventClass.REPORTING, EventClass.I_ACTION, EventClass.I_STATE, EventClass.PERCEPTION);

  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "from",
      "with", "by", "into", "over", "under", "near", "against", "about", "during", "across",
      "between", "among");

  private static final Set<String> RELATIVES = Set.of("that", "which", "who");

  private static final Set<String> FREE_RELATIVES = Set.of("whoever", "whatever", "whichever");

  /** Tokens [from, to] of the sentence, or a literal word standing for them; lower: lower-case its first letter. */
  private record Piece(int from, int to, String literal, boolean lower) {
    static Piece of(int[] range) {
      return new Piece(range[0], range[1], null, false);
    }
  }

  private final List<Token> tokens;
  private final String text;
  private final List<Trigger> triggers;
  private final List<Clause> clauses;
  private final boolean[] quoted;
  private final Antecedents antecedents;

  private final boolean[] finiteStart;
  /** Tokens inside a temporal expression of the sentence. */
  private final boolean[] dated;

  Headlines(List<Token> tokens, String text, List<Trigger> triggers, List<Clause> clauses,
      boolean[] quoted, Antecedents antecedents, List<SentenceTimex> timexes) {
    this.dated = new boolean[tokens.size()];
    for (SentenceTimex x : timexes) {
      for (int k = Math.max(0, x.first()); k <= x.last() && k < tokens.size(); k++) {
        dated[k] = true;
      }
    }
    this.tokens = tokens;
    this.text = text;
    this.triggers = triggers;
    this.clauses = clauses;
    this.quoted = quoted;
    this.antecedents = antecedents;
    this.finiteStart = new boolean[tokens.size()];
    for (Trigger t : triggers) {
      if (t.group() != null && t.group().finite()) {
        finiteStart[t.group().first()] = true;
      }
    }
  }

  String of(Trigger t) {
    List<Piece> parts = new ArrayList<>();
    if (t.kind() == Trigger.Kind.NOUN) {
      int start = NounPhrases.startOfPhraseEndingAt(tokens, t.token(), 0);
      parts.add(new Piece(start < 0 ? t.token() : start, postModifiers(t.token()), null, false));
      return render(parts);
    }
    VerbGroup g = t.group();
    int from = g.first();
    if (g.infinitive()) {
      // "to liberate Chechnya" is read with its governor: "The jihadists vowed to liberate ...",
      // up a chain of infinitives: "expect the countries to invite Russia to participate".
      VerbGroup governor = topGovernor(g);
      if (governor != null) {
        from = governor.first();
      }
    }
    int[] subject = from == g.first() && g.infinitive() ? null : subject(from, 0);
    int end = object(t, Math.max(g.head(), t.token()));
    if (subject == null && (participle(g) || passiveBase(g))) {
      // "..., helped by strong demand": the participle's subject is its main clause's.
      VerbGroup main = topGovernor(g);
      int[] mainSubject = main == null || main.infinitive() ? null : subject(main.first(), 0);
      if (main == null && g.first() >= 2 && tokens.get(g.first() - 1).pos().equals(",")) {
        // No verb before: it modifies the noun phrase the comma closes, the sentence's subject
        // ("The survey, funded by the city, began in May": "The survey, funded by the city").
        int start = NounPhrases.startOfPhraseEndingAt(tokens, g.first() - 2, 0);
        mainSubject = start == 0 && NounPhrases.isNominal(tokens.get(g.first() - 2))
            ? new int[] {start, g.first() - 2} : null;
      }
      if (mainSubject != null) {
        parts.add(subjectPiece(mainSubject));
        parts.add(new Piece(-1, -1, ",", false));
        parts.add(new Piece(g.first(), end, null, true));
        return render(parts);
      }
    }
    if (subject != null) {
      parts.add(subjectPiece(subject));
    }
    int[] quote = t.eventClass() == EventClass.REPORTING && t.kind() == Trigger.Kind.VERB
        ? quoteBefore(subject != null ? subject[0] : from) : null;
    if (quote != null) {
      // The verb closes a quotation: it reports those words, not what may follow it.
      int[] inverted = subject == null ? invertedSubject(g.head()) : null;
      if (inverted != null) {
        parts.add(subjectPiece(inverted)); // "..., said Dr. Ada Lind": she said
      }
      parts.add(new Piece(from, g.head(), null, false));
      parts.add(new Piece(quote[0], quote[1], null, !properStart(quote[0])));
      return render(parts);
    }
    parts.add(new Piece(from, end, null, false));
    return render(parts);
  }

  /** The subject as written, or the person a lone "he"/"she" stands for; notes it either way. */
  private Piece subjectPiece(int[] subject) {
    if (quoted[subject[0]]) {
      return Piece.of(subject);
    }
    if (subject[0] == subject[1] && tokens.get(subject[0]).lower().equals("it")) {
      String thing = expletive(subject[0] + 1) ? null : antecedents.resolveThing();
      return thing != null ? new Piece(-1, -1, thing, false) : Piece.of(subject);
    }
    if (subject[0] == subject[1] && tokens.get(subject[0]).pos().equals("PRP")) {
      String name = antecedents.resolve(tokens.get(subject[0]).text());
      if (name != null) {
        antecedents.resolved();
        return new Piece(-1, -1, name, false);
      }
      return Piece.of(subject);
    }
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (int k = subject[0]; k <= subject[1]; k++) {
      words.add(tokens.get(k).text());
      tags.add(tokens.get(k).pos());
    }
    antecedents.subject(words, tags, render(List.of(Piece.of(subject))));
    return Piece.of(subject);
  }

  /** Verbs whose subject "it" stands for nothing ("It was the first time", "It remains ..."). */
  private static final Set<String> EXPLETIVE_VERBS = Set.of("be", "seem", "appear", "remain",
      "become", "take", "look", "happen", "matter");

  /** The verb from {@code k} on (adverbs and modals skipped) makes a subject "it" empty. */
  private boolean expletive(int k) {
    int v = k;
    while (v < tokens.size() && (tokens.get(v).pos().startsWith("RB")
        || tokens.get(v).pos().equals("MD"))) {
      v++;
    }
    if (v >= tokens.size() || !tokens.get(v).isVerb()) {
      return true;
    }
    if (tokens.get(v).lemma().equals("be")) {
      // A passive says what was done to the thing ("It will be lit", "It was founded in 2009"),
      // unless a clause follows the participle ("It was decided that ...", "It is expected to").
      int w = v + 1;
      while (w < tokens.size() && (tokens.get(w).pos().startsWith("RB")
          || tokens.get(w).lemma().equals("be"))) {
        w++;
      }
      return !(w < tokens.size() && tokens.get(w).pos().equals("VBN") && !clauseAt(w + 1));
    }
    return EXPLETIVE_VERBS.contains(tokens.get(v).lemma());
  }

  /** Words that open the clause an expletive "it" stands for: "It is expected that ...". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if");

  /** A clause opens at {@code k}: "that", "whether", an infinitive ("to close", not "to Orsk"). */
  private boolean clauseAt(int k) {
    if (k >= tokens.size()) {
      return false;
    }
    return CLAUSE_OPENERS.contains(tokens.get(k).lower()) || (tokens.get(k).lower().equals("to")
        && k + 1 < tokens.size() && tokens.get(k + 1).pos().equals("VB"));
  }

  /** Up the chain of governors through infinitives: the first finite one, or the last found. */
  private VerbGroup topGovernor(VerbGroup g) {
    VerbGroup governor = governor(g);
    for (int hops = 0; governor != null && governor.infinitive() && hops < 4; hops++) {
      VerbGroup up = governor(governor);
      if (up == null) {
        break;
      }
      governor = up;
    }
    return governor;
  }

  /**
   * The nearest verb group before {@code g} in the sentence on the same side of the quotation
   * marks, or null.
   */
  private VerbGroup governor(VerbGroup g) {
    VerbGroup best = null;
    for (Trigger other : triggers) {
      VerbGroup o = other.group();
      if (o != null && o.head() < g.first() && quoted[o.head()] == quoted[g.head()]
          && (best == null || o.head() > best.head())) {
        best = o;
      }
    }
    return best;
  }

  /** A participle the tagger read as a base form: ", run by the institute". */
  private boolean passiveBase(VerbGroup g) {
    int next = g.head() + 1;
    return g.first() == g.head() && g.first() > 0 && tokens.get(g.first() - 1).pos().equals(",")
        && tokens.get(g.head()).pos().equals("VB") && next < tokens.size()
        && tokens.get(next).lower().equals("by");
  }

  /**
   * A lone participle heading a phrase after a comma: "..., helped by", "..., saying that" (the
   * tagger may read "helped" as a past tense; without a subject it is the participle).
   */
  private boolean participle(VerbGroup g) {
    String pos = tokens.get(g.head()).pos();
    int before = g.first() - 1;
    while (before >= 0 && Quotes.isQuoteMark(tokens.get(before))) {
      before--; // "... says it,” adding"
    }
    return g.first() == g.head() && before >= 0 && tokens.get(before).pos().equals(",")
        && (pos.equals("VBN") || pos.equals("VBG") || pos.equals("VBD"));
  }

  /** Longest speaker named after a verb that closes a quotation ("said the mayor of Tulle"). */
  private static final int MAX_INVERTED = 6;

  /**
   * The speaker after a reporting verb that follows its quotation ("..., said spokeswoman Ada
   * Lind, who ..."): a noun phrase up to a comma or the sentence's end. Tokens [from, to], or
   * null.
   */
  private int[] invertedSubject(int verb) {
    int k = verb + 1;
    while (k < tokens.size() && k - verb <= MAX_INVERTED && !quoted[k]
        && NounPhrases.isPart(tokens, k)) {
      k++;
    }
    if (k == verb + 1 || k - verb > MAX_INVERTED || !NounPhrases.isNominal(tokens.get(k - 1))) {
      return null;
    }
    boolean closes = k == tokens.size() || tokens.get(k).pos().equals(",")
        || tokens.get(k).pos().equals(".");
    return closes ? new int[] {verb + 1, k - 1} : null;
  }

  /**
   * The quotation a reporting verb closes: "“These jerks have nothing to do with Islam,” he
   * said" reports the quoted words. Tokens [from, to], or null.
   */
  private int[] quoteBefore(int start) {
    int k = start - 1;
    while (k >= 0 && (Quotes.isQuoteMark(tokens.get(k)) || tokens.get(k).pos().equals(","))) {
      k--;
    }
    if (k < 0 || k == start - 1 || !quoted[k]) {
      return null;
    }
    int begin = k;
    while (begin > 0 && quoted[begin - 1]) {
      begin--;
    }
    // From the start of the quotation to its first comma or the word limit.
    int end = Math.min(k, begin + MAX_OBJECT - 1);
    for (int c = begin + 1; c <= end; c++) {
      if (tokens.get(c).pos().equals(",") || tokens.get(c).text().equals(";")) {
        end = c - 1;
        break;
      }
    }
    while (end > begin
        && (DANGLING.contains(tokens.get(end).pos()) || Quotes.isQuoteMark(tokens.get(end)))) {
      end--;
    }
    return new int[] {begin, end};
  }

  private boolean properStart(int k) {
    Token t = tokens.get(k);
    return t.pos().startsWith("NNP") || t.text().equals("I");
  }

  /** Tokens [from, to] are a short run of proper nouns: a person's or a body's name. */
  private boolean properName(int from, int to) {
    if (from > to || to - from > 4) {
      return false;
    }
    for (int k = from; k <= to; k++) {
      if (!tokens.get(k).pos().startsWith("NNP")) {
        return false;
      }
    }
    return true;
  }

  /** A noun's own prepositional phrase: "the fight against the jihadist group". */
  private int postModifiers(int noun) {
    int end = noun;
    int k = noun + 1;
    if (k < tokens.size() && (tokens.get(k).pos().equals("IN"))
        && Set.of("of", "against", "in", "on", "with", "between", "over", "for").contains(
            tokens.get(k).lower())) {
      int j = phraseFrom(k + 1, noun);
      // "between" names two ends: "rain between Tuesday and Thursday" is not cut after Tuesday.
      if (tokens.get(k).lower().equals("between") && j > k + 1 && j < tokens.size()
          && tokens.get(j).lower().equals("and") && phraseFrom(j + 1, j) > j + 1) {
        j = phraseFrom(j + 1, j);
      }
      if (j > k + 1) {
        end = j - 1;
      }
    }
    return end;
  }

  /** The end (exclusive) of the noun phrase from {@code from}, at most seven words past {@code head}. */
  private int phraseFrom(int from, int head) {
    int j = from;
    while (j < tokens.size() && j - head <= 7
        && (NounPhrases.isPart(tokens, j) || gluedHyphen(tokens.get(j)))) {
      j++;
    }
    return j;
  }

  /** The subject phrase [from, to] of a verb group starting at {@code first}, or null. */
  private int[] subject(int first, int depth) {
    int j = first - 1;
    while (j >= 0
        && (tokens.get(j).pos().startsWith("RB") || Quotes.isQuoteMark(tokens.get(j)))) {
      j--;
    }
    if (j < 0 || depth > 3) {
      return null;
    }
    Token t = tokens.get(j);
    if (t.pos().equals("CC") || (t.pos().equals(",") && j > 0
        && tokens.get(j - 1).pos().equals("CC"))) {
      // "released a video and vowed": the subject of the first verb, skipping verbs of
      // relative and subordinate clauses ("forecast for 2024, which begins ..., and expects").
      Trigger fallback = null;
      for (int k = triggers.size() - 1; k >= 0; k--) {
        Trigger other = triggers.get(k);
        // "pledged money to build it and aims": an infinitive has no subject of its own to lend.
        if (other.group() != null && other.group().head() < j && !other.group().infinitive()) {
          if (fallback == null) {
            fallback = other;
          }
          if (clauses.get(other.clause()).marker().isEmpty()) {
            return subject(other.group().first(), depth + 1);
          }
        }
      }
      return fallback == null ? null : subject(fallback.group().first(), depth + 1);
    }
    if (t.pos().equals(",") || isDash(t)) {
      // "Ilya Rogachev, an official in the foreign ministry, said": skip the apposition.
      for (int k = j - 1; k > 0 && j - k <= 25; k--) {
        Token u = tokens.get(k);
        if (u.pos().equals(",") || isDash(u)) {
          int start = subjectStart(k - 1);
          if (start >= 0) {
            return new int[] {extendOverModifiers(start, k - 1), k - 1};
          }
          // "Its chief executive, Henrik Voss, said", the title tagged as adjectives: the
          // name the commas set off is the speaker.
          return properName(k + 1, j - 1) ? new int[] {k + 1, j - 1} : null;
        }
      }
      return null;
    }
    if (FREE_RELATIVES.contains(t.lower())) {
      return new int[] {j, j}; // "whoever gets it into their heads"
    }
    if (t.pos().startsWith("W") || t.text().equalsIgnoreCase("that")) {
      // A relative clause: "the man who said", "fiscal 2024, which begins".
      int end = j - 1;
      while (end >= 0 && tokens.get(end).pos().equals(",")) {
        end--;
      }
      int start = overPluralPossessive(NounPhrases.startOfPhraseEndingAt(tokens, end, 0));
      if (start >= 0 && disagrees(tokens.get(first), tokens.get(end))) {
        // "shops in the old town, which make": the verb's number points past the last noun
        // to the head the prepositional phrase modifies.
        start = extendOverModifiers(start, end);
      }
      return start < 0 ? null : new int[] {start, end};
    }
    int start = subjectStart(j);
    if (start < 0) {
      return null;
    }
    start = overParticiple(afterOpeningPhrase(start, j));
    int[] outer = outerSubject(start, j);
    return outer != null ? outer : new int[] {extendOverModifiers(start, j), j};
  }

  /**
   * The phrase before the verb may close a modifier of the real subject: a date after a
   * participle ("An audit published earlier this year found") or the object of a relative clause
   * ("the centre that will bear her name is expected"). The subject is the phrase before the
   * modifier; null when the phrase is the subject itself.
   */
  private int[] outerSubject(int start, int end) {
    int p = start - 1;
    if (dated[start] && dated[end]) {
      while (p >= 0 && tokens.get(p).pos().startsWith("RB")) {
        p--;
      }
      boolean participle = p > 0 && (tokens.get(p).pos().equals("VBN")
          || tokens.get(p).pos().equals("VBD"));
      return participle && NounPhrases.isNominal(tokens.get(p - 1)) ? nounBefore(p) : null;
    }
    while (p >= 0 && (tokens.get(p).isVerb() || tokens.get(p).pos().equals("MD")
        || tokens.get(p).pos().startsWith("RB"))) {
      p--;
    }
    if (p > 0 && p < start - 1 && RELATIVES.contains(tokens.get(p).lower())
        && NounPhrases.isNominal(tokens.get(p - 1))) {
      return nounBefore(p);
    }
    return null;
  }

  /**
   * A sentence opening with a prepositional phrase and no comma runs its object into the
   * subject ("In recent years Tamsin has"): the subject starts at the name after the common noun.
   */
  private int afterOpeningPhrase(int start, int end) {
    if (start != 1 || !tokens.get(0).pos().equals("IN")) {
      return start;
    }
    for (int k = start + 1; k <= end; k++) {
      if (tokens.get(k).pos().startsWith("NNP") && (tokens.get(k - 1).pos().equals("NN")
          || tokens.get(k - 1).pos().equals("NNS"))) {
        return k;
      }
    }
    return start;
  }

  /** A present verb whose number is not the noun's: "town ... make", "shops ... makes". */
  private static boolean disagrees(Token verb, Token noun) {
    String v = verb.pos();
    String n = noun.pos();
    boolean plural = n.equals("NNS") || n.equals("NNPS");
    boolean singular = n.equals("NN") || n.equals("NNP");
    return (v.equals("VBP") && singular) || (v.equals("VBZ") && plural);
  }

  /**
   * A phrase start right after a plural possessive ("a residents' group", the apostrophe tagged
   * as a quotation mark): the phrase starts at the owner's phrase.
   */
  private int overPluralPossessive(int start) {
    if (start < 2) {
      return start;
    }
    Token mark = tokens.get(start - 1);
    String w = mark.text();
    if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))
        && Character.isLetter(w.charAt(w.length() - 3))) {
      // An owner the tokenizer left whole and mistagged: "the city's council".
      int s = start - 1;
      while (s > 0 && NounPhrases.isPart(tokens, s - 1) && start - s < 6) {
        s--;
      }
      return s;
    }
    Token owner = tokens.get(start - 2);
    boolean possessive = mark.text().equals("'") && owner.span().end() == mark.span().begin()
        && owner.lower().endsWith("s") && owner.pos().startsWith("NN")
        && mark.span().end() < tokens.get(start).span().begin();
    if (!possessive) {
      return start;
    }
    int s = NounPhrases.startOfPhraseEndingAt(tokens, start - 2, 0);
    return s < 0 ? start : s;
  }

  /** The start of the subject phrase ending at {@code end}, over split modifiers and owners. */
  private int subjectStart(int end) {
    return overPluralPossessive(overCompound(NounPhrases.startOfPhraseEndingAt(tokens, end, 0)));
  }

  /** Tags that open a noun phrase before a compound modifier: "Her best-known work". */
  private static final Set<String> COMPOUND_OPENERS = Set.of("DT", "PRP$", "POS", "CD", "JJ");

  /**
   * A phrase start right after a hyphenated modifier the tagger split and tagged as adverb and
   * participle ("best/RB -/: known/VBN work"): the phrase starts before the modifier.
   */
  private int overCompound(int start) {
    int s = start;
    while (s >= 3 && tokens.get(s - 2).text().equals("-") && NounPhrases.glued(tokens, s - 2)) {
      s -= 3;
      while (s > 0 && COMPOUND_OPENERS.contains(tokens.get(s - 1).pos())) {
        s--;
      }
    }
    return s;
  }

  /** The phrase ending right before token {@code p}, over its own modifiers, or null. */
  private int[] nounBefore(int p) {
    int s = NounPhrases.startOfPhraseEndingAt(tokens, p - 1, 0);
    return s < 0 ? null : new int[] {extendOverModifiers(s, p - 1), p - 1};
  }

  /**
   * "the government installed in Chechnya in 2003 is": the phrase found before the verb may
   * be the object of a preposition or a participle; the subject starts before them.
   */
  private int extendOverModifiers(int start, int end) {
    int s = start;
    int beforeJoin = -1;
    while (s >= 2 && end - s < 16) {
      if (tokens.get(s - 1).pos().equals("CC")) {
        // "the line between Amsel and Drogh opened", "Talvia and Orsk met": a conjunct whose
        // partner opens the sentence or follows a preposition belongs to the subject.
        int partner = NounPhrases.startOfPhraseEndingAt(tokens, s - 2, 0);
        if (partner < 0 || !(partner == 0 || isModifierStart(tokens.get(partner - 1)))) {
          break;
        }
        beforeJoin = beforeJoin < 0 ? s : beforeJoin;
        s = partner;
        continue;
      }
      if (!isModifierStart(tokens.get(s - 1)) && !participleAfterNoun(s - 1)) {
        break;
      }
      if (isModifierStart(tokens.get(s - 2))) {
        // "installed in": step onto the participle and look before it next time.
        s = s - 1;
        continue;
      }
      int earlier = NounPhrases.startOfPhraseEndingAt(tokens, s - 2, 0);
      if (earlier < 0) {
        earlier = gerundSubjectStart(s - 2);
      }
      if (earlier < 0) {
        break;
      }
      s = earlier;
    }
    if (beforeJoin >= 0 && s > 0 && !opensClause(tokens.get(s - 1))) {
      // "discussed involvement with his council and everyone exchanged views": the first conjunct
      // sits in the object of a verb before it, so "and" joins two clauses, not two nouns.
      return beforeJoin;
    }
    return isModifierStart(tokens.get(s)) ? start : s;
  }

  /**
   * An "-ing" participle right after a noun opens that noun's modifier ("A lorry carrying
   * fuel overturned"): the phrase before the verb is its object, the subject starts before it.
   */
  private boolean participleAfterNoun(int k) {
    return k > 0 && tokens.get(k).pos().equals("VBG") && tokens.get(k - 1).pos().startsWith("NN");
  }

  /** A token after which a clause, and so a subject, can begin. */
  private static boolean opensClause(Token t) {
    String pos = t.pos();
    return pos.equals(",") || pos.equals(":") || pos.equals("``") || pos.equals("''")
        || pos.equals("-LRB-") || pos.equals("CC") || pos.equals("IN") || pos.startsWith("W");
  }

  /**
   * A gerund modifying the phrase belongs to it ("where polling stations closed", "the rising
   * costs"), with the determiner or adjectives before it: the phrase's new first token.
   */
  private int overParticiple(int start) {
    int p = start - 1;
    if (p < 0 || !tokens.get(p).pos().equals("VBG")) {
      return start;
    }
    int k = p - 1;
    while (k >= 0 && (tokens.get(k).pos().startsWith("JJ") || tokens.get(k).pos().equals("DT")
        || tokens.get(k).pos().equals("PRP$"))) {
      k--;
    }
    boolean opens = k < 0 || !(tokens.get(k).isVerb() || tokens.get(k).isNoun()
        || tokens.get(k).pos().equals("MD") || tokens.get(k).pos().equals("TO"));
    return opens ? k + 1 : start;
  }

  /**
   * A gerund that opens its clause heads the subject its prepositional phrase modifies ("Early
   * voting for the recall begins"): its first token, or -1.
   */
  private int gerundSubjectStart(int g) {
    if (!tokens.get(g).pos().equals("VBG")) {
      return -1;
    }
    int k = g - 1;
    while (k >= 0 && (tokens.get(k).pos().startsWith("JJ") || tokens.get(k).pos().startsWith("RB")
        || tokens.get(k).pos().equals("DT"))) {
      k--;
    }
    boolean opens = k < 0 || tokens.get(k).pos().equals(",") || tokens.get(k).pos().equals("CC")
        || Quotes.isQuoteMark(tokens.get(k));
    return opens ? k + 1 : -1;
  }

  private static boolean isModifierStart(Token t) {
    return t.pos().equals("VBN")
        || (t.pos().equals("IN") && PREPOSITIONS.contains(t.lower()));
  }

  /** Last token of the object: up to the clause end, a comma, a new verb, at most 14 words. */
  private int object(Trigger t, int head) {
    Clause clause = clauses.get(t.clause());
    boolean clausal = CLAUSAL.contains(t.eventClass()) && t.kind() == Trigger.Kind.VERB;
    int limit = clausal ? tokens.size() : clause.end();
    int end = head;
    int words = 0;
    int asideEnd = -1;
    for (int k = head + 1; k < limit && words < MAX_OBJECT; k++) {
      Token u = tokens.get(k);
      if (Quotes.isQuoteMark(u)) {
        continue;
      }
      if (clausal && u.pos().equals(",")) {
        // "asserted, “I declare ...", "declare, with all responsibility, that ..."
        int close = asideBeforeThat(k);
        if (close > 0) {
          asideEnd = close;
        }
        if (k == asideEnd || close > 0 || quoteOpensAfter(k)) {
          continue;
        }
      }
      if (u.text().equals(".") && k + 1 < tokens.size() && abbreviationCut(tokens.get(k - 1))) {
        end = k; // "at 7 a.m. on Sunday": the abbreviation's own period, not a full stop
        continue;
      }
      if ((STOP_PUNCT.contains(u.pos()) && !gluedHyphen(u)) || isDash(u) || u.text().equals(";")) {
        break;
      }
      if (!clausal && startsFiniteGroup(k)) {
        break;
      }
      if (u.pos().equals("CC") && verbAfterAdverbs(k + 1)) {
        break;
      }
      if (!clausal && k > clause.end() - 1) {
        break;
      }
      end = k;
      words++;
    }
    // Cut by the word limit: finish the phrase rather than stop inside it ("to $4.1 billion").
    for (int k = end + 1; words >= MAX_OBJECT && k < limit && k <= end + 4
        && NounPhrases.isPart(tokens, end) && NounPhrases.isPart(tokens, k)
        && !tokens.get(k).pos().startsWith("PRP"); k++) {
      end = k;
    }
    while (end > head
        && (DANGLING.contains(tokens.get(end).pos()) || Quotes.isQuoteMark(tokens.get(end)))) {
      end--;
    }
    return end;
  }

  private boolean quoteOpensAfter(int comma) {
    return comma + 1 < tokens.size() && Quotes.isQuoteMark(tokens.get(comma + 1))
        && comma + 2 < tokens.size() && quoted[comma + 2];
  }

  /** A short aside between commas that a "that" clause follows: the closing comma, or -1. */
  private int asideBeforeThat(int comma) {
    for (int k = comma + 1; k < tokens.size() && k <= comma + 7; k++) {
      if (tokens.get(k).pos().equals(",")) {
        return k + 1 < tokens.size() && tokens.get(k + 1).text().equalsIgnoreCase("that") ? k : -1;
      }
    }
    return -1;
  }

  private boolean verbAfterAdverbs(int from) {
    int k = from;
    while (k < tokens.size() && tokens.get(k).pos().startsWith("RB")) {
      k++;
    }
    return k < tokens.size() && tokens.get(k).isVerb();
  }

  private boolean startsFiniteGroup(int k) {
    return finiteStart[k];
  }

  private boolean isDash(Token t) {
    String w = t.text();
    return w.equals("\u2013") || w.equals("\u2014") || w.equals("--")
        || (w.equals("-") && t.pos().equals(":") && !gluedHyphen(t));
  }

  /** A hyphen inside a word or name ("al-Assad"), not a dash between phrases. */
  private boolean gluedHyphen(Token t) {
    int b = t.span().begin();
    int e = t.span().end();
    return t.text().equals("-") && b > 0 && e < text.length()
        && !Quotes.isSpace(text.charAt(b - 1)) && !Quotes.isSpace(text.charAt(e));
  }

  /** The words of the parts with the text's own spacing, quotation marks dropped. */
  private String render(List<Piece> parts) {
    StringBuilder b = new StringBuilder();
    Token previous = null;
    for (Piece part : parts) {
      if (part.literal() != null) {
        if (!part.literal().equals(",") && b.length() > 0) {
          b.append(' ');
        }
        b.append(part.literal());
        previous = null;
        continue;
      }
      boolean first = true;
      for (int k = part.from(); k <= part.to(); k++) {
        Token t = tokens.get(k);
        if (Quotes.isQuoteMark(t)) {
          continue;
        }
        if (previous != null) {
          if (previous.index() < t.index()
              && (previous.index() + 1 == t.index() || sameGap(previous, t))) {
            b.append(gap(previous, t));
          } else {
            b.append(' ');
          }
        } else if (b.length() > 0) {
          b.append(' ');
        }
        String w = t.text();
        if (first && part.lower() && !w.isEmpty()) {
          w = Character.toLowerCase(w.charAt(0)) + w.substring(1);
        }
        b.append(w);
        first = false;
        previous = t;
      }
    }
    String s = Whitespace.collapse(b);
    if (previous != null && abbreviationCut(previous)) {
      s = s + "."; // "from 4 a.m." keeps the period the sentence's full stop shares
    }
    if (s.isEmpty() || Character.toUpperCase(s.charAt(0)) == s.charAt(0)) {
      return s;
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Letters with inner periods: "a.m", "U.S" (not "4.5"). */
  private static final java.util.regex.Pattern DOTTED =
      java.util.regex.Pattern.compile("[A-Za-z]{1,3}(?:\\.[A-Za-z]{1,3})+");

  /** A dotted abbreviation whose own final period the tokenizer split off as the full stop. */
  private boolean abbreviationCut(Token t) {
    int e = t.span().end();
    return e < text.length() && text.charAt(e) == '.' && DOTTED.matcher(t.text()).matches();
  }

  /** Two tokens separated only by a dropped quotation mark keep the text's spacing. */
  private boolean sameGap(Token a, Token b) {
    int offset = tokens.get(0).index();
    for (int k = a.index() - offset + 1; k < b.index() - offset; k++) {
      if (!Quotes.isQuoteMark(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** One space when the text has any space between the two tokens, else nothing. */
  private String gap(Token a, Token b) {
    for (int i = a.span().end(); i < b.span().begin(); i++) {
      if (Quotes.isSpace(text.charAt(i))) {
        return " ";
      }
    }
    return "";
  }
}
