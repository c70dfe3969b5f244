package dev.timeline.engine.event;

import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.temporal.TimeInterval;
import dev.timeline.engine.temporal.TimexType;
import dev.timeline.engine.text.Token;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the expression that governs each event of a sentence, nearest reach first:
 *
 * <ol>
 *   <li>the date a "when" clause right after it describes ("a year ago, when the mill boomed");
 *   <li>its own expression: the one right after it in its clause ("elected ... in 2007"), else
 *       a fronted one that opens the clause ("On Sunday, Lavrov asked"); event nouns between a
 *       verb and its expression share it, and a stretch after an event noun is the noun's
 *       ("the murders ... over the last five years"), and one a state of mind is about takes it
 *       from the state ("expect more rain on Friday");
 *   <li>an adverb of time in or right before its verb group ("which now runs");
 *   <li>the nearest other expression of its clause, if the tenses agree;
 *   <li>the expression of a clause tied to it by a temporal subordinator ("sent weapons when the
 *       civil war began three years ago"), related through the subordinator;
 *   <li>a fronted expression earlier in the sentence;
 *   <li>a weak expression of its own clause ({@link SentenceTimex#weakAnchor()}: "recently cut",
 *       "for six days", "spent six days", "every quarter"), which says when without a calendar
 *       date; the complement of an aspectual verb shares its verb's anchor ("will soon begin
 *       selling");
 *   <li>the narrative time carried over from earlier sentences ({@link NarrativeTime}).
 * </ol>
 *
 * Last, {@link CueRelations} corrects a relation its event reads otherwise than its preposition
 * ("won't reopen until June" starts then).
 */
final class TimeAnchoring {
  static final double OWN = 0.9;
  static final double FRONTED = 0.85;
  static final double SAME_CLAUSE = 0.7;
  static final double LINKED_CLAUSE = 0.75;
  static final double SENTENCE = 0.6;
  static final double WEAK = 0.55;
  /** How far before "for <period>" its event noun may stand ("a loss of $5.2 million, ..."). */
  private static final int PERIOD_REACH = 14;
  /** How far before its object noun a verb may stand ("posted a net loss"). */
  private static final int OBJECT_REACH = 4;
  static final double NARRATIVE = 0.5;

  private final Optional<PublicationDate> published;
  /** The sentence's opening past date that a historic present is told at, or null. */
  private SentenceTimex narrated;

  TimeAnchoring(Optional<PublicationDate> published) {
    this.published = published;
  }

  Anchor[] anchor(List<Token> tokens, List<Trigger> triggers, List<Clause> clauses,
      List<SentenceTimex> timexes, NarrativeTime narrative) {
    Layout at = new Layout(tokens, triggers, clauses, timexes);
    narrated = narratedPresent(tokens, triggers, timexes, at);
    Anchor[] anchors = new Anchor[triggers.size()];
    // States whose object noun took their expression: the clause's other times are not theirs.
    boolean[] objectDated = new boolean[triggers.size()];
    whenOfDate(triggers, clauses, timexes, at, anchors);
    modifiedNouns(triggers, timexes, anchors);
    datedSubjects(tokens, triggers, timexes, at, anchors);
    // An event's own expression after it first, then the fronted ones of its clause.
    for (int k = 0; k < timexes.size(); k++) {
      SentenceTimex x = timexes.get(k);
      int clause = at.timexClause[k];
      int head = x.anchors() && !at.fronted[k] ? head(triggers, at.triggersOf.get(clause), x) : -1;
      if (head < 0 || yieldsToAdverb(tokens, triggers.get(head), x, timexes)) {
        continue;
      }
      if (anchors[head] == null && stateAboutNoun(triggers, at.triggersOf.get(clause), head, x)) {
        // "expect more rain on Friday": the rain is on Friday, the expecting is now.
        objectDated[head] = true;
        nounsBetween(triggers, at.triggersOf.get(clause), head, x,
            new Anchor(x, x.relation(), OWN), anchors);
        continue;
      }
      if (anchors[head] == null) {
        anchors[head] = new Anchor(x, x.relation(), OWN);
      }
      nounsBetween(triggers, at.triggersOf.get(clause), head, x,
          new Anchor(x, x.relation(), FRONTED), anchors);
    }
    for (int k = 0; k < timexes.size(); k++) {
      SentenceTimex x = timexes.get(k);
      if (x.anchors() && at.fronted[k]) {
        for (int i : at.triggersOf.get(at.timexClause[k])) {
          if (anchors[i] == null && compatible(triggers.get(i), x)) {
            anchors[i] = new Anchor(x, x.relation(), FRONTED);
          }
        }
      }
    }
    possessiveObjects(tokens, triggers, timexes, anchors);
    stretchNouns(triggers, timexes, at, anchors);
    adverbs(tokens, triggers, timexes, at, anchors);
    ComplementAnchors.share(triggers, anchors);
    Anchor[] owned = anchors.clone();
    for (int i = 0; i < triggers.size(); i++) {
      if (anchors[i] == null && !objectDated[i]) {
        anchors[i] = sameClause(tokens, triggers, i, owned, at);
      }
    }
    Anchor[] own = anchors.clone();
    for (int i = 0; i < triggers.size(); i++) {
      if (anchors[i] == null) {
        anchors[i] = linkedClause(triggers, i, clauses, own, at);
      }
    }
    for (int i = 0; i < triggers.size(); i++) {
      if (anchors[i] == null) {
        anchors[i] = earlierFronted(triggers.get(i), clauses, at);
      }
    }
    weak(tokens, triggers, timexes, at, anchors);
    complements(triggers, anchors);
    reportedParticiples(tokens, triggers, anchors);
    datedObjects(tokens, triggers, anchors);
    for (int i = 0; i < triggers.size(); i++) {
      Trigger t = triggers.get(i);
      if (anchors[i] == null) {
        anchors[i] = narrative.anchorFor(t, clauses.get(t.clause()))
            .filter(x -> compatible(t, x))
            .map(x -> new Anchor(x, TemporalRelation.ON, NARRATIVE))
            .orElse(null);
      }
    }
    comparedNouns(tokens, triggers, anchors);
    earlierPerfects(triggers, anchors);
    CueRelations.apply(tokens, triggers, anchors);
    return anchors;
  }

  /**
   * A past perfect lies before the past time an earlier simple past of its sentence happens at:
   * in "In 2001 she hired a chef she had trained with", the training came before 2001. One that
   * owns its date keeps it ("had left on Monday").
   */
  private static void earlierPerfects(List<Trigger> triggers, Anchor[] anchors) {
    for (int i = 0; i < triggers.size(); i++) {
      Trigger t = triggers.get(i);
      Anchor a = anchors[i];
      if (a == null || a.relation() != TemporalRelation.ON || a.confidence() == OWN
          || !tenseAspect(t, Tense.PAST, Aspect.PERFECTIVE)) {
        continue;
      }
      for (int j = 0; j < i; j++) {
        if (triggers.get(j).verbal() && anchors[j] != null && anchors[j].timex() == a.timex()
            && tenseAspect(triggers.get(j), Tense.PAST, Aspect.NONE)) {
          anchors[i] = new Anchor(a.timex(), TemporalRelation.BEFORE, a.confidence());
          break;
        }
      }
    }
  }

  /** Whether the trigger's verb group has this tense and aspect ("had trained": past, perfect). */
  private static boolean tenseAspect(Trigger t, Tense tense, Aspect aspect) {
    return t.tense() == tense && t.group() != null && t.group().aspect() == aspect;
  }

  /** Tags between a verb and the date that premodifies its object noun ("reported a net"). */
  private static final Set<String> OBJECT_DETERMINERS = Set.of("DT", "PRP$", "JJ", "CD");

  /**
   * A verb whose object is an event noun dated by a premodifier ("booked a second-quarter
   * loss", "posted its 2024 profit") or by the period after it ("had a deficit of $4 million
   * for the half") tells that noun's time, when nothing else dated the verb.
   */
  private void datedObjects(List<Token> tokens, List<Trigger> triggers, Anchor[] anchors) {
    for (int i = 0; i + 1 < triggers.size(); i++) {
      Trigger t = triggers.get(i);
      Trigger noun = triggers.get(i + 1);
      Anchor a = anchors[i + 1];
      if (anchors[i] != null || !t.verbal() || noun.kind() != Trigger.Kind.NOUN || a == null
          || presentState(t) || !compatible(t, a.timex())) {
        continue;
      }
      SentenceTimex x = a.timex();
      boolean object;
      if (x.periodOfNoun()) {
        object = x.first() > noun.token() && noun.token() - t.token() <= OBJECT_REACH;
      } else {
        object = x.premodifier() && x.last() + 1 == noun.token() && x.first() > t.token();
        for (int k = t.token() + 1; k < x.first() && object; k++) {
          object = OBJECT_DETERMINERS.contains(tokens.get(k).pos());
        }
      }
      if (object) {
        anchors[i] = new Anchor(x, TemporalRelation.ON, SAME_CLAUSE);
      }
    }
  }

  /** How far before an event noun "compared with" may stand: "compared with a net loss". */
  private static final int COMPARED_REACH = 5;

  /**
   * An event noun that a comparison introduces ("net rose to $9 million in the quarter,
   * compared with a loss of $2 million a year earlier") happened in the compared time, not in
   * the clause's: it keeps only an expression inside its own comparison phrase.
   */
  private static void comparedNouns(List<Token> tokens, List<Trigger> triggers,
      Anchor[] anchors) {
    for (int i = 0; i < triggers.size(); i++) {
      Trigger t = triggers.get(i);
      if (anchors[i] == null || t.kind() != Trigger.Kind.NOUN) {
        continue;
      }
      int cue = comparisonBefore(tokens, t.token());
      if (cue >= 0 && anchors[i].timex().first() < cue) {
        anchors[i] = null;
      }
    }
  }

  /** The index of "compared" ("compared with/to") or "versus" shortly before a noun, or -1. */
  private static int comparisonBefore(List<Token> tokens, int noun) {
    for (int k = noun - 1; k >= 0 && k >= noun - COMPARED_REACH; k--) {
      Token w = tokens.get(k);
      String lower = w.lower();
      if (lower.equals("versus") || lower.equals("vs.")) {
        return k;
      }
      if ((lower.equals("with") || lower.equals("to")) && k > 0
          && tokens.get(k - 1).lower().equals("compared")) {
        return k - 1;
      }
      String pos = w.pos();
      if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN")
          || pos.equals("PRP$") || pos.equals("POS") || pos.equals("VBN"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the triggers and expressions of a sentence sit, indexed once so that the rules stay
   * linear in long sentences.
   */
  private static final class Layout {
    final int[] timexClause;
    final boolean[] fronted;
    final List<List<Integer>> triggersOf = new ArrayList<>();
    final List<List<SentenceTimex>> timexesOf = new ArrayList<>();
    /** Per clause, its stretches of time that events fill ("in the 12 months to May"). */
    final List<List<SentenceTimex>> stretchesOf = new ArrayList<>();
    final List<List<Integer>> temporalChildren = new ArrayList<>();
    final List<SentenceTimex> frontedInOrder = new ArrayList<>();
    final List<Integer> frontedClause = new ArrayList<>();
    /** Where the phrase an expression is closed in opens ({@link #closedPhrase}), by expression. */
    final Map<SentenceTimex, Integer> phraseOf = new IdentityHashMap<>();

    Layout(List<Token> tokens, List<Trigger> triggers, List<Clause> clauses,
        List<SentenceTimex> timexes) {
      int[] firstStart = new int[clauses.size()];
      java.util.Arrays.fill(firstStart, Integer.MAX_VALUE);
      for (int c = 0; c < clauses.size(); c++) {
        triggersOf.add(new ArrayList<>());
        timexesOf.add(new ArrayList<>());
        stretchesOf.add(new ArrayList<>());
        temporalChildren.add(new ArrayList<>());
      }
      for (int c = 0; c < clauses.size(); c++) {
        Clause clause = clauses.get(c);
        if (clause.temporal() && clause.parent() >= 0) {
          temporalChildren.get(clause.parent()).add(c);
        }
      }
      for (int i = 0; i < triggers.size(); i++) {
        Trigger t = triggers.get(i);
        triggersOf.get(t.clause()).add(i);
        int start = t.group() != null ? t.group().first() : t.token();
        firstStart[t.clause()] = Math.min(firstStart[t.clause()], start);
      }
      timexClause = new int[timexes.size()];
      fronted = new boolean[timexes.size()];
      boolean[] hasVerb = new boolean[clauses.size()];
      for (Trigger t : triggers) {
        hasVerb[t.clause()] |= t.verbal();
      }
      for (int k = 0; k < timexes.size(); k++) {
        SentenceTimex x = timexes.get(k);
        int c = governingClause(tokens, clauses, hasVerb, firstStart,
            Triggers.clauseOf(clauses, x.first()), x);
        timexClause[k] = c;
        // No event of the clause comes before the expression.
        fronted[k] = firstStart[c] != Integer.MAX_VALUE && firstStart[c] >= x.first();
        int phrase = closedPhrase(tokens, x);
        if (phrase >= 0) {
          phraseOf.put(x, phrase);
        }
        if (x.expression().type() == TimexType.DURATION && x.weakAnchor()) {
          stretchesOf.get(c).add(x);
        }
        if (x.anchors()) {
          timexesOf.get(c).add(x);
          if (fronted[k]) {
            frontedInOrder.add(x);
            frontedClause.add(c);
          }
        }
      }
    }
  }

  /**
   * Weak expressions anchor what no date reached: an opening stretch ("In the past two months,
   * ...") every event of its clause, an adverb ("recently cut", "is now patrolling") the verb it
   * stands in or before, anything else the event it follows.
   */
  private void weak(List<Token> tokens, List<Trigger> triggers, List<SentenceTimex> timexes,
      Layout at, Anchor[] anchors) {
    for (int k = 0; k < timexes.size(); k++) {
      SentenceTimex x = timexes.get(k);
      if (!x.weakAnchor()) {
        continue;
      }
      List<Integer> inClause = at.triggersOf.get(at.timexClause[k]);
      if (at.fronted[k] && x.stretch()) {
        for (int i : inClause) {
          if (anchors[i] == null && compatible(triggers.get(i), x)) {
            anchors[i] = new Anchor(x, x.relation(), WEAK);
          }
        }
        continue;
      }
      int target = x.stretch() ? -1 : adverbTarget(triggers, inClause, x, tokens);
      if (target < 0 && at.fronted[k]) {
        target = firstVerb(triggers, inClause); // "Previously, the miners have refused"
      }
      if (target < 0) {
        target = head(triggers, inClause, x);
      }
      if (target >= 0 && anchors[target] == null && compatible(triggers.get(target), x)) {
        anchors[target] = new Anchor(x, x.relation(), WEAK);
        nounsBetween(triggers, inClause, target, x, new Anchor(x, x.relation(), WEAK), anchors);
      }
    }
  }

  /**
   * An adverb of time inside or right before a verb group ("which now runs", "has recently
   * cut") is that verb's, before any other expression of the clause is.
   */
  private void adverbs(List<Token> tokens, List<Trigger> triggers, List<SentenceTimex> timexes,
      Layout at, Anchor[] anchors) {
    for (int k = 0; k < timexes.size(); k++) {
      SentenceTimex x = timexes.get(k);
      if (!x.weakAnchor() || x.stretch()) {
        continue;
      }
      int target = adverbTarget(triggers, at.triggersOf.get(at.timexClause[k]), x,
          tokens);
      if (target >= 0 && anchors[target] == null && compatible(triggers.get(target), x)) {
        anchors[target] = new Anchor(x, x.relation(), WEAK);
      }
    }
  }

  /**
   * The verb right after an anchored verb, as its infinitive or gerund complement, happens at the
   * same time: TimeML anchors the complement too ("will soon begin selling", "began to promote").
   */
  private static void complements(List<Trigger> triggers, Anchor[] anchors) {
    for (int i = 0; i + 1 < triggers.size(); i++) {
      Trigger t = triggers.get(i);
      Trigger next = triggers.get(i + 1);
      if (anchors[i] != null && anchors[i + 1] == null && t.group() != null
          && next.group() != null && next.clause() == t.clause()
          && t.eventClass() == EventClass.ASPECTUAL
          && next.group().first() <= t.group().head() + 2 && next.group().tense() == Tense.NONE) {
        anchors[i + 1] = new Anchor(anchors[i].timex(), anchors[i].relation(), SAME_CLAUSE);
      }
    }
  }

  /**
   * A passive reporting verb whose participle complement follows it ("were reported killed
   * last week", "is said hurt") is reported within the same time as what it reports.
   */
  private static void reportedParticiples(List<Token> tokens, List<Trigger> triggers,
      Anchor[] anchors) {
    for (int i = 0; i + 1 < triggers.size(); i++) {
      Trigger t = triggers.get(i);
      Trigger next = triggers.get(i + 1);
      if (anchors[i] == null && anchors[i + 1] != null && t.verbal() && next.verbal()
          && t.eventClass() == EventClass.REPORTING && next.clause() == t.clause()
          && next.token() == t.token() + 1 && tokens.get(t.token()).pos().equals("VBN")
          && tokens.get(next.token()).pos().startsWith("VB")
          && t.group() != null) {
        anchors[i] = new Anchor(anchors[i + 1].timex(), anchors[i + 1].relation(), SAME_CLAUSE);
      }
    }
  }

  /**
   * A date inside a noun phrase after the verb ("who yesterday cut his 2025 sales forecast")
   * is the noun's: it yields to a date that stands right before the verb, the verb's own.
   */
  private static boolean yieldsToAdverb(List<Token> tokens, Trigger verb, SentenceTimex x,
      List<SentenceTimex> timexes) {
    if (!verb.verbal() || verb.group() == null || x.first() == 0) {
      return false;
    }
    String before = tokens.get(x.first() - 1).pos();
    boolean inNounPhrase = before.equals("PRP$") || before.equals("POS") || before.equals("DT");
    if (!inNounPhrase || x.last() + 1 >= tokens.size()
        || !tokens.get(x.last() + 1).pos().startsWith("NN")) {
      return false;
    }
    for (SentenceTimex y : timexes) {
      if (y != x && y.anchors() && y.last() == verb.group().first() - 1) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions through which a verb reaches a dated noun that is where or what it acts on. */
  private static final Set<String> OBJECT_PREPOSITIONS =
      Set.of("in", "on", "at", "to", "into", "during");

  /**
   * A possessive date in the phrase right after a verb ("reacted calmly to Monday's verdict",
   * "ran in this year's race", "printed in today's edition") dates the verb too: the verb acts
   * on that day's thing, so it falls on that day.
   */
  private void possessiveObjects(List<Token> tokens, List<Trigger> triggers,
      List<SentenceTimex> timexes, Anchor[] anchors) {
    for (SentenceTimex x : timexes) {
      if (!x.premodifier() || !SentenceTimex.possessive(tokens, x.last()) || !calendarDate(x)
          || !OBJECT_PREPOSITIONS.contains(x.preposition())) {
        continue;
      }
      int before = x.first() - 2; // the verb, or an adverb after it ("reacted calmly to")
      if (before > 0 && tokens.get(before).pos().equals("RB")) {
        before--;
      }
      for (int i = 0; i < triggers.size(); i++) {
        Trigger t = triggers.get(i);
        if (t.token() == before && t.verbal() && anchors[i] == null && compatible(t, x)) {
          anchors[i] = new Anchor(x, TemporalRelation.ON, SAME_CLAUSE);
        }
      }
    }
  }

  /**
   * A stretch after an event noun is that noun's before a date elsewhere in the clause is:
   * "began looking Thursday into the murders of 30 villagers over the last five years".
   */
  private void stretchNouns(List<Trigger> triggers, List<SentenceTimex> timexes, Layout at,
      Anchor[] anchors) {
    for (int k = 0; k < timexes.size(); k++) {
      SentenceTimex x = timexes.get(k);
      if (!x.weakAnchor() || !x.stretch() || at.fronted[k]) {
        continue;
      }
      List<Integer> inClause = at.triggersOf.get(at.timexClause[k]);
      int verb = head(triggers, inClause, x);
      if (verb >= 0 && triggers.get(verb).verbal()) {
        nounsBetween(triggers, inClause, verb, x, new Anchor(x, x.relation(), WEAK), anchors);
      }
    }
  }

  /**
   * A state of mind whose object is an event noun before the expression ("expect more rain
   * between Tuesday and Thursday", "fear a strike next week"): the time is the object's.
   */
  private static boolean stateAboutNoun(List<Trigger> triggers, List<Integer> inClause, int verb,
      SentenceTimex x) {
    Trigger v = triggers.get(verb);
    if (!v.verbal() || v.eventClass() != EventClass.I_STATE) {
      return false;
    }
    for (int i : inClause) {
      Trigger t = triggers.get(i);
      if (t.kind() == Trigger.Kind.NOUN && t.token() > v.token() && t.token() < x.first()) {
        return true;
      }
    }
    return false;
  }

  /** Event nouns between a verb and its expression share it: "began the war in 2011". */
  private static void nounsBetween(List<Trigger> triggers, List<Integer> inClause, int verb,
      SentenceTimex x, Anchor anchor, Anchor[] anchors) {
    for (int i : inClause) {
      Trigger t = triggers.get(i);
      if (t.kind() == Trigger.Kind.NOUN && anchors[i] == null
          && t.token() > triggers.get(verb).token() && t.token() < x.first()) {
        anchors[i] = anchor;
      }
    }
  }

  /** A possessive date right after a reporting verb opens the subject of its complement. */
  private static boolean possessiveAfterReporting(List<Token> tokens, List<Trigger> triggers,
      SentenceTimex x) {
    if (!x.premodifier() || !SentenceTimex.possessive(tokens, x.last()) || !calendarDate(x)) {
      return false;
    }
    for (Trigger t : triggers) {
      if (t.token() == x.first() - 1 && t.verbal() && t.eventClass() == EventClass.REPORTING) {
        return true;
      }
    }
    return false;
  }

  private static int firstVerbAfter(List<Trigger> triggers, List<Integer> inClause, int token) {
    for (int i : inClause) {
      if (triggers.get(i).verbal() && triggers.get(i).token() > token) {
        return i;
      }
    }
    return -1;
  }

  private static int firstVerb(List<Trigger> triggers, List<Integer> inClause) {
    for (int i : inClause) {
      if (triggers.get(i).verbal()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * An expression that modifies an event noun right after it dates that noun ("a third-quarter
   * loss", "Friday's purchases"); a length lasts as long as it ("a two-hour meeting"); a period
   * after "for" is when the occurrence noun before it happened ("a loss of $5.2 million, or 61
   * cents a share, for the third quarter"), but not a forecast's or a plan's.
   */
  private void modifiedNouns(List<Trigger> triggers, List<SentenceTimex> timexes,
      Anchor[] anchors) {
    for (SentenceTimex x : timexes) {
      if (x.periodOfNoun()) {
        int noun = -1;
        int verb = -1;
        for (int i = 0; i < triggers.size() && triggers.get(i).token() < x.first(); i++) {
          Trigger t = triggers.get(i);
          noun = t.verbal() ? -1 : t.token() >= x.first() - PERIOD_REACH ? i : noun;
          verb = t.verbal() ? i : verb;
        }
        if (noun >= 0 && anchors[noun] == null
            && triggers.get(noun).eventClass() == EventClass.OCCURRENCE) {
          anchors[noun] = new Anchor(x, TemporalRelation.ON, OWN);
        } else if (noun < 0 && verb >= 0 && anchors[verb] == null
            && triggers.get(verb).token() >= x.first() - PERIOD_REACH
            && !presentState(triggers.get(verb))
            && compatible(triggers.get(verb), x)) {
          // No event noun in between: the period is the verb's ("earnings rose 17% for the
          // fourth quarter", "reported weaker sales for the quarter"); a state of mind's is
          // its object's ("expects sales of $4 billion for the year": the expecting is now).
          anchors[verb] = new Anchor(x, TemporalRelation.ON, SAME_CLAUSE);
        }
        continue;
      }
      boolean length = x.expression().type() == TimexType.DURATION;
      boolean date = x.expression().type() == TimexType.DATE
          || x.expression().type() == TimexType.TIME;
      if (!(x.premodifier() && date) && !(length && !x.stretch())) {
        continue;
      }
      for (int i = 0; i < triggers.size(); i++) {
        Trigger t = triggers.get(i);
        if (t.token() > x.last() + 3) {
          break;
        }
        if (t.token() > x.last() && anchors[i] == null) {
          if (t.kind() == Trigger.Kind.NOUN) {
            anchors[i] = length
                ? new Anchor(x, TemporalRelation.DURING, WEAK)
                : new Anchor(x, TemporalRelation.ON, OWN);
          }
          break;
        }
      }
    }
  }


  /** A state of mind told in the present ("expects", "hopes"): it holds now, whatever it is about. */
  private static boolean presentState(Trigger t) {
    return t.eventClass() == EventClass.I_STATE && t.tense() == Tense.PRESENT;
  }

  /**
   * A date inside the subject ("Third-quarter mortgage approvals dropped", "Friday's ticket
   * sales totaled", "earnings for the third quarter fell") dates the clause's verb, also when
   * the noun it modifies is an event of its own ("Last year's results were hurt by a strike":
   * TimeML dates both).
   */
  private void datedSubjects(List<Token> tokens, List<Trigger> triggers,
      List<SentenceTimex> timexes, Layout at, Anchor[] anchors) {
    for (int k = 0; k < timexes.size(); k++) {
      SentenceTimex x = timexes.get(k);
      if (x.expression().type() == TimexType.DURATION) {
        continue;
      }
      int verb;
      if (at.fronted[k] && (x.premodifier() || x.periodOfNoun())) {
        verb = firstVerb(triggers, at.triggersOf.get(at.timexClause[k]));
      } else if (possessiveAfterReporting(tokens, triggers, x)) {
        // "said Friday's rally lifted the index": the rally's day, not the saying's.
        verb = firstVerbAfter(triggers, at.triggersOf.get(at.timexClause[k]), x.last());
      } else {
        continue;
      }
      if (verb >= 0 && anchors[verb] == null && compatible(triggers.get(verb), x)
          && !withOwnDate(triggers, timexes, at, verb)) {
        anchors[verb] = new Anchor(x, TemporalRelation.ON, SAME_CLAUSE);
        int also = coordinatedPredicate(tokens, triggers, verb);
        if (also >= 0 && anchors[also] == null) {
          anchors[also] = anchors[verb];
        }
      }
    }
  }

  /**
   * The verb that a bare "and" joins to {@code verb} under the same subject ("Friday's rally
   * lifted the index and sank the dollar"), or -1: the next verb of its clause, in the same
   * tense, right after "and" with no other finite verb between.
   */
  private static int coordinatedPredicate(List<Token> tokens, List<Trigger> triggers, int verb) {
    Trigger v = triggers.get(verb);
    for (int j = verb + 1; j < triggers.size(); j++) {
      Trigger w = triggers.get(j);
      VerbGroup g = w.group();
      if (!w.verbal() || g == null || !g.finite()) {
        continue; // a gerund or an infinitive inside the first predicate
      }
      boolean joined = g.first() > 0 && w.clause() == v.clause()
          && w.tense() == v.tense() && tokens.get(g.first() - 1).lower().equals("and");
      return joined ? j : -1;
    }
    return -1;
  }

  /**
   * A future verb with a date right after it, or any verb with a stretch right after it, is not
   * at its subject's date: "the minutes of this week's meeting will be out on May 27", "this
   * year's float was built over the past six weeks".
   */
  private static boolean withOwnDate(List<Trigger> triggers, List<SentenceTimex> timexes,
      Layout at, int verb) {
    if (triggers.get(verb).tense() != Tense.FUTURE) {
      return fillsOwnStretch(triggers, at, verb);
    }
    for (int k = 0; k < timexes.size(); k++) {
      SentenceTimex x = timexes.get(k);
      if (x.anchors() && !at.fronted[k] && x.first() > triggers.get(verb).token()
          && head(triggers, at.triggersOf.get(at.timexClause[k]), x) == verb) {
        return true;
      }
    }
    return false;
  }
  /**
   * Whether a stretch of time right after verb {@code i} in its clause is the verb's own ("rose 3
   * percent in the 12 months to May").
   */
  private static boolean fillsOwnStretch(List<Trigger> triggers, Layout at, int i) {
    Trigger t = triggers.get(i);
    for (SentenceTimex x : at.stretchesOf.get(t.clause())) {
      if (x.first() > t.token() && head(triggers, at.triggersOf.get(t.clause()), x) == i) {
        return true;
      }
    }
    return false;
  }


  /**
   * A "when" clause right after a date describes that date: "a year ago, when the industry
   * boomed", "since June, when the plant opened" — its events are at the date, whatever the
   * date does for the clause before.
   */
  private void whenOfDate(List<Trigger> triggers, List<Clause> clauses,
      List<SentenceTimex> timexes, Layout at, Anchor[] anchors) {
    for (SentenceTimex x : timexes) {
      if (!calendarDate(x)) {
        continue;
      }
      for (int c = 0; c < clauses.size(); c++) {
        Clause clause = clauses.get(c);
        int gap = clause.begin() - x.last();
        if (!clause.marker().equals("when") || (gap != 1 && gap != 2)) {
          continue;
        }
        for (int i : at.triggersOf.get(c)) {
          if (anchors[i] == null && compatible(triggers.get(i), x)) {
            anchors[i] = new Anchor(x, TemporalRelation.ON, LINKED_CLAUSE);
          }
        }
      }
    }
  }

  /** The expression ends before the publication day. */
  private boolean beforePublication(SentenceTimex x) {
    return published.isPresent() && x.expression().interval().isPresent()
        && !x.expression().interval().get().end()
            .isAfter(published.get().date().atStartOfDay());
  }

  private static boolean calendarDate(SentenceTimex x) {
    TimexType type = x.expression().type();
    String value = x.expression().value();
    return (type == TimexType.DATE || type == TimexType.TIME) && !value.isEmpty()
        && !value.endsWith("_REF");
  }

  private static boolean triggerAt(List<Trigger> triggers, int token) {
    for (Trigger t : triggers) {
      if (t.token() == token) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb whose group holds a one-word adverb or starts right after it, or right after a
   * one-word subject that follows it ("but now we are hiring").
   */
  private static int adverbTarget(List<Trigger> triggers, List<Integer> inClause,
      SentenceTimex x, List<Token> tokens) {
    if (x.first() != x.last()) {
      return -1;
    }
    for (int i : inClause) {
      VerbGroup g = triggers.get(i).group();
      if (g != null && g.first() <= x.first() + 1 && x.first() < g.head()) {
        return i;
      }
    }
    // One word of subject between: "but now we are hiring", "then Ana left"; not a comma,
    // which closes the adverb's clause ("prices have eased lately, ending the week flat").
    for (int i : inClause) {
      VerbGroup g = triggers.get(i).group();
      if (g != null && g.first() == x.first() + 2 && !triggerAt(triggers, x.first() + 1)
          && subjectWord(tokens.get(x.first() + 1))) {
        return i;
      }
    }
    return -1;
  }

  /** A word that can stand as a one-word subject: a noun or a pronoun. */
  private static boolean subjectWord(Token t) {
    return t.pos().startsWith("NN") || t.pos().startsWith("PRP");
  }

  /**
   * The clause whose events an expression dates. The clause cutter's shallow cues can leave it
   * in the wrong one: a bare date right after a reporting verb opens its unmarked complement
   * ("said [Monday the company ...]") but dates the saying; and a piece cut off with no verb of
   * its own ("suggested [as much yesterday]", "On Tuesday, the two ministers [and ...
   * met]") belongs to the clause a parenthesis or a quotation interrupted ("seized 50 crates
   * (two tonnes) [of copper Sunday]"), the clause it depends on, or else the next one.
   */
  private static int governingClause(List<Token> tokens, List<Clause> clauses,
      boolean[] hasVerb, int[] firstStart, int c, SentenceTimex x) {
    Clause clause = clauses.get(c);
    if (clause.marker().equals("that") && clause.begin() == x.first() && clause.parent() >= 0) {
      return clause.parent();
    }
    // An event noun before it keeps it too: "(the IRA was behind) two killings last week".
    // A subordinate clause that opens the sentence keeps its dates, verb event or not:
    // "While the mill lost money in the spring, last winter it earned $3 million".
    if (firstStart[c] < x.first() || (clause.parent() > c && !clause.marker().isEmpty())) {
      return c;
    }
    // Before any event of its piece: "seized 50 crates (two tonnes) of copper Sunday, police said".
    int resumed = interrupted(tokens, clauses, hasVerb, clause);
    if (resumed >= 0) {
      return resumed;
    }
    if (hasVerb[c]) {
      return c;
    }
    if (clause.marker().equals("that") && modalBefore(tokens, clause.begin(), x.first())) {
      // "said the fund will be empty by March": the date is the foreseen state's, which is no
      // event, not the saying's. (With a past "was empty", AQUAINT's anchoring gained but one
      // creation-time relation was lost, so only a modal's clause keeps its date.)
      return c;
    }
    if (clause.parent() >= 0 && clause.parent() != c) {
      return clause.parent();
    }
    int main = resumedMain(clauses, hasVerb, c);
    if (main >= 0) {
      return main;
    }
    return c + 1 < clauses.size() && hasVerb[c + 1] ? c + 1 : c;
  }

  /** Whether a modal stands in [from, to) of the tokens. */
  private static boolean modalBefore(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String pos = tokens.get(k).pos();
      if (pos.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The main clause that goes on after the clauses embedded in verbless clause {@code c}, when
   * at least one is: "Last week, the mayor, who faces a recall, signed the budget" (the opening
   * date is the signing's, not the relative clause's); -1 if none, or if it has no verb.
   */
  private static int resumedMain(List<Clause> clauses, boolean[] hasVerb, int c) {
    int d = c + 1;
    while (d < clauses.size() && clauses.get(d).parent() >= c && clauses.get(d).parent() < d) {
      d++;
    }
    if (d == c + 1 || d >= clauses.size()) {
      return -1;
    }
    Clause main = clauses.get(d);
    return main.parent() == clauses.get(c).parent() && main.marker().isEmpty() && hasVerb[d]
        ? d : -1;
  }

  /** Quoted words up to this many are a scare quote inside their clause ("were 'squeezed'"). */
  private static final int SCARE_QUOTE = 3;

  /**
   * The clause with a verb that goes on after a closing parenthesis or quotation mark right
   * before {@code clause}: the one the matching opening mark cut off, or the verb a scare quote
   * holds ("profits were \"squeezed\" in 2024"); -1 if none.
   */
  private static int interrupted(List<Token> tokens, List<Clause> clauses, boolean[] hasVerb,
      Clause clause) {
    int close = clause.begin() - 1;
    if (close < 1) {
      return -1;
    }
    String closing = tokens.get(close).text();
    boolean paren = closing.equals(")");
    if (!paren && !Quotes.isQuoteMark(tokens.get(close))) {
      return -1;
    }
    for (int k = close - 1; k >= 1; k--) {
      Token t = tokens.get(k);
      if (paren ? t.text().equals("(") : Quotes.isQuoteMark(t)) {
        int inside = Triggers.clauseOf(clauses, close - 1);
        if (!paren && close - k - 1 <= SCARE_QUOTE && hasVerb[inside]) {
          return inside;
        }
        int before = Triggers.clauseOf(clauses, k - 1);
        return hasVerb[before] ? before : -1;
      }
    }
    return -1;
  }

  /** The event an expression modifies: the nearest verb before it in its clause. */
  private static int head(List<Trigger> triggers, List<Integer> inClause, SentenceTimex x) {
    int verb = -1;
    int noun = -1;
    for (int i : inClause) {
      Trigger t = triggers.get(i);
      if (t.token() > x.first()) {
        continue;
      }
      if (t.verbal()) {
        verb = i;
      } else {
        noun = i;
      }
    }
    return verb >= 0 ? verb : noun;
  }

  /**
   * The nearest expression of the trigger's clause whose time its tense agrees with. A past
   * perfect lies before the time it is told against, so it takes no expression that is another
   * verb's own ("argued on Tuesday that he had lost": the loss came earlier).
   */
  private Anchor sameClause(List<Token> tokens, List<Trigger> triggers, int i, Anchor[] owned,
      Layout at) {
    Trigger t = triggers.get(i);
    // A perfect is told back from its own reference time: "have doubled over the past two years
    // but fell in March" does not double in March.
    boolean perfect = t.group() != null && t.group().aspect() == Aspect.PERFECTIVE;
    // A present progressive goes on now: "is being rebuilt and will reopen in May" is not
    // rebuilt in May, though it may take a time of its own.
    boolean ongoing = tenseAspect(t, Tense.PRESENT, Aspect.PROGRESSIVE);
    // A verb that fills a stretch of its own ("rose 3 percent in the 12 months to May, the
    // office said on Friday") is not at a date another verb owns.
    boolean stretched = fillsOwnStretch(triggers, at, i);
    SentenceTimex best = null;
    int distance = Integer.MAX_VALUE;
    for (SentenceTimex x : at.timexesOf.get(t.clause())) {
      int d = Math.abs(x.first() - t.token());
      if (d < distance && compatible(t, x)
          && at.phraseOf.getOrDefault(x, -1) <= t.token()
          && !((perfect || ongoing || stretched) && ownedByAnotherVerb(triggers, i, owned, x))
          && !(reportingAfter(t, x) && verbBefore(triggers, i, x)
              && !subjectsParticiple(tokens, triggers, t, x))) {
        best = x;
        distance = d;
      }
    }
    return best == null ? null : new Anchor(best, best.relation(), SAME_CLAUSE);
  }

  /** How far before an expression the phrase that closes it in may open. */
  private static final int PHRASE_REACH = 10;
  /** Tags inside the noun phrase between "with" and its participle ("with nearly all votes"). */
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT",
      "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "RB");

  /**
   * The opening of a phrase that keeps an expression inside it to its own event, or -1: an
   * absolute "with" phrase ("won 52 percent, with most votes counted on Sunday": the counting
   * is on Sunday, not the winning) or a source ("fell 5 percent, according to figures released
   * Monday": the release is on Monday). An event before the phrase does not take the
   * expression as the nearest of its clause.
   */
  static int closedPhrase(List<Token> tokens, SentenceTimex x) {
    boolean participle = false;
    boolean absolute = true; // nothing but a noun phrase yet between the participle and here
    for (int k = x.first() - 1; k >= 1 && k >= x.first() - PHRASE_REACH; k--) {
      Token w = tokens.get(k);
      String pos = w.pos();
      if (pos.equals(",") || pos.equals(":") || pos.equals(".")) {
        return -1;
      }
      if (w.lower().equals("to") && tokens.get(k - 1).lower().equals("according")) {
        return k - 1;
      }
      if (participle && absolute && w.lower().equals("with")) {
        return k;
      }
      if (pos.equals("VBN") || pos.equals("VBG") || pos.equals("VBD")) {
        // The noun phrase before it runs back to "with" (a past tag there is a participle's).
        participle = true;
      } else if (participle && !NOUN_PHRASE_TAGS.contains(pos)) {
        absolute = false; // "according to the results of a poll published on Friday"
      }
    }
    return -1;
  }

  /** "The plant opened in August 2024, the company said": the telling is not at the news's time. */
  private static boolean reportingAfter(Trigger t, SentenceTimex x) {
    return t.eventClass() == EventClass.REPORTING && x.last() < t.token();
  }

  /**
   * The expression closes a participle phrase set off by commas right before the reporting
   * verb, inside its subject: "The senator, speaking to reporters on Monday, said" spoke and said
   * then (unlike "The mill opened in March, the owners said", or a past participle's "The
   * firm, founded in 1952, said", which tells of the subject's past).
   */
  private static boolean subjectsParticiple(List<Token> tokens, List<Trigger> triggers,
      Trigger t, SentenceTimex x) {
    int verb = t.group() != null ? t.group().first() : t.token();
    if (x.last() + 2 != verb || !tokens.get(x.last() + 1).text().equals(",")) {
      return false;
    }
    for (Trigger other : triggers) {
      int p = other.token();
      if (other.verbal() && other.clause() == t.clause() && p < x.first() && p >= 2
          && tokens.get(p - 1).text().equals(",")
          && tokens.get(p).pos().equals("VBG")) {
        for (int k = p + 1; k < x.first(); k++) {
          if (tokens.get(k).text().equals(",")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Another verb of the trigger's clause stands before the expression: the time is its own. */
  private static boolean verbBefore(List<Trigger> triggers, int i, SentenceTimex x) {
    Trigger t = triggers.get(i);
    for (Trigger other : triggers) {
      if (other != t && other.verbal() && other.clause() == t.clause()
          && other.token() < x.first()) {
        return true;
      }
    }
    return false;
  }

  private static boolean ownedByAnotherVerb(List<Trigger> triggers, int i, Anchor[] owned,
      SentenceTimex x) {
    for (int j = 0; j < triggers.size(); j++) {
      Anchor a = owned[j];
      if (j != i && a != null && a.confidence() == OWN && a.timex() == x
          && triggers.get(j).verbal()) {
        return true;
      }
    }
    return false;
  }

  /** "X when Y" / "X after Y": an event borrows the time of the clause tied to its own. */
  private Anchor linkedClause(List<Trigger> triggers, int i, List<Clause> clauses, Anchor[] own,
      Layout at) {
    Trigger t = triggers.get(i);
    Clause mine = clauses.get(t.clause());
    if (mine.temporal() && mine.parent() >= 0) {
      // Through a piece with no event of its own: "implied [as much yesterday] when ... asked".
      int parent = mine.parent();
      if (at.triggersOf.get(parent).isEmpty() && clauses.get(parent).parent() >= 0) {
        parent = clauses.get(parent).parent();
      }
      Anchor a = nearestAnchorBefore(triggers, at.triggersOf.get(parent), own, mine.begin());
      if (a == null) {
        a = firstAnchorIn(triggers, at.triggersOf.get(parent), own);
      }
      if (a != null && compatible(t, a.timex())) {
        TemporalRelation r = mine.marker().equals("while")
            ? a.relation() // "has shed 70 units since 1983 while acquiring 55": alongside it
            : subordinateRelation(mine.marker());
        return new Anchor(a.timex(), r, LINKED_CLAUSE);
      }
    }
    for (int c : at.temporalChildren.get(t.clause())) {
      Anchor a = firstAnchorIn(triggers, at.triggersOf.get(c), own);
      if (a != null && compatible(t, a.timex())) {
        return new Anchor(a.timex(), afterClause(clauses.get(c).marker(), a), LINKED_CLAUSE);
      }
    }
    return null;
  }

  /**
   * "Fourteen died after rain flooded the valley over the weekend": the main event follows the
   * clause's event, not its time; where that event fills a stretch, what followed it falls in
   * the stretch too. After a day or a month ("after the bank raised rates in May") it may come
   * later, so it stays after.
   */
  private static TemporalRelation afterClause(String marker, Anchor clauseAnchor) {
    TemporalRelation r = mainRelation(marker);
    return r == TemporalRelation.AFTER && clauseAnchor.relation() == TemporalRelation.DURING
        ? TemporalRelation.DURING : r;
  }

  /**
   * The anchor of the verb of the parent clause nearest before a trailing clause: in "raised rates
   * in 2023 and began cutting them in 2025 as inflation eased", the easing goes with the cutting.
   */
  private static Anchor nearestAnchorBefore(List<Trigger> triggers, List<Integer> inClause,
      Anchor[] own, int clauseStart) {
    Anchor found = null;
    for (int k : inClause) {
      Trigger v = triggers.get(k);
      if (v.token() >= clauseStart) {
        break;
      }
      if (v.verbal()) {
        found = own[k];
      }
    }
    return found;
  }

  private static Anchor firstAnchorIn(List<Trigger> triggers, List<Integer> inClause,
      Anchor[] own) {
    Anchor found = null;
    for (int k : inClause) {
      if (own[k] != null) {
        if (triggers.get(k).verbal()) {
          return own[k];
        }
        if (found == null) {
          found = own[k];
        }
      }
    }
    return found;
  }

  /** The main event's relation to the time of a "when/after/before ..." clause. */
  static TemporalRelation mainRelation(String marker) {
    return switch (marker) {
      case "after" -> TemporalRelation.AFTER;
      case "before" -> TemporalRelation.BEFORE;
      case "since" -> TemporalRelation.BEGINS;
      case "until", "till" -> TemporalRelation.ENDS;
      default -> TemporalRelation.ON;
    };
  }

  /** The subordinate event's relation to the main clause's time. */
  static TemporalRelation subordinateRelation(String marker) {
    return switch (marker) {
      case "after" -> TemporalRelation.BEFORE;
      case "before" -> TemporalRelation.AFTER;
      default -> TemporalRelation.ON;
    };
  }

  /**
   * A date fronted in an earlier clause reaches the events of later ones, but not a present
   * perfect, which is told back from now and takes no past date ("Yesterday the ministry
   * disclosed that the rebels have asked for talks").
   */
  private Anchor earlierFronted(Trigger t, List<Clause> clauses, Layout at) {
    Clause mine = clauses.get(t.clause());
    if (mine.temporal() || mine.conditional()) {
      return null;
    }
    boolean presentPerfect = tenseAspect(t, Tense.PRESENT, Aspect.PERFECTIVE);
    // "Next month the club moves to the old mill, which is being repaired": the repair goes on
    // now, the fronted future date is the main clause's.
    boolean ongoingRelative = mine.marker().equals("who")
        && tenseAspect(t, Tense.PRESENT, Aspect.PROGRESSIVE);
    for (int k = 0; k < at.frontedInOrder.size(); k++) {
      SentenceTimex x = at.frontedInOrder.get(k);
      if (presentPerfect && calendarDate(x) && beforePublication(x)) {
        continue;
      }
      if (ongoingRelative && !beforePublication(x)) {
        continue;
      }
      if (at.frontedClause.get(k) < t.clause() && compatible(t, x)) {
        return new Anchor(x, TemporalRelation.ON, SENTENCE);
      }
    }
    return null;
  }

  /**
   * An opening past date set off by a comma, then a simple present of something happening ("Last
   * spring, a ferry sinks when a storm hits"): the story is told in the historic present, so
   * the present tense of that sentence does not block the date.
   */
  private SentenceTimex narratedPresent(List<Token> tokens, List<Trigger> triggers,
      List<SentenceTimex> timexes, Layout at) {
    if (published.isEmpty()) {
      return null;
    }
    for (int k = 0; k < timexes.size(); k++) {
      SentenceTimex x = timexes.get(k);
      if (!at.fronted[k] || !x.anchors() || !calendarDate(x) || x.first() > 2
          || x.last() + 1 >= tokens.size() || !tokens.get(x.last() + 1).text().equals(",")
          || !beforePublication(x)) {
        continue;
      }
      int verb = firstVerb(triggers, at.triggersOf.get(at.timexClause[k]));
      if (verb >= 0 && simplePresent(triggers.get(verb))
          && triggers.get(verb).eventClass() == EventClass.OCCURRENCE) {
        return x;
      }
    }
    return null;
  }

  private static boolean simplePresent(Trigger t) {
    return tenseAspect(t, Tense.PRESENT, Aspect.NONE);
  }

  /**
   * Tenses must agree with the expression: a present-tense state does not take a past date ("the
   * government installed in 2003 is close to Putin").
   */
  boolean compatible(Trigger t, SentenceTimex x) {
    if (published.isEmpty() || x.expression().interval().isEmpty()
        || (x == narrated && simplePresent(t))) {
      return true;
    }
    TimeInterval iv = x.expression().interval().get();
    LocalDateTime dayStart = published.get().date().atStartOfDay();
    LocalDateTime dayEnd = dayStart.plusDays(1);
    // A stretch that runs up to the publication day ("in the past two quarters") reaches the
    // present: a present-tense event may fall in it.
    boolean reachesNow = x.expression().type() == TimexType.DURATION && iv.end().equals(dayStart);
    boolean past = !iv.end().isAfter(dayStart);
    boolean future = !iv.begin().isBefore(dayEnd);
    Tense tense = t.tense();
    boolean perfect = t.group() != null && t.group().aspect() != Aspect.NONE
        && t.group().aspect() != Aspect.PROGRESSIVE;
    // What holds "since 1983" started then: any tense that reaches the present may take it.
    boolean since = x.relation() == TemporalRelation.BEGINS;
    return switch (tense) {
      case PRESENT -> !past || perfect || since;
      case PAST -> !future;
      case FUTURE -> !past;
      case NONE -> true;
    };
  }
}
