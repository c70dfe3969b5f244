package dev.timeline.engine.temporal;

import java.util.Set;

/**
 * The tense of the clause around an expression, from the words near it: auxiliaries, past-tense
 * forms (-ed and a list of irregular verbs) and temporal cue words. No part-of-speech tagging, to
 * stay fast; the nearest cue inside the clause wins.
 */
final class TenseDetector {
  enum Tense {
    PAST,
    FUTURE,
    NONE
  }

  /** The tense and the word that showed it. */
  /** The tense, the word that showed it, and how many words lie between that word and the expression. */
  record Result(Tense tense, String cue, int distance) {
    static final Result NONE = new Result(Tense.NONE, "", Integer.MAX_VALUE);
  }

  private static final int WINDOW = 12;
  private static final Set<String> PERFECT = Set.of("has", "have", "had", "to");
  /** Present-tense verbs of rules and schedules that, before "from" + a date, make it a start to come. */
  private static final Set<String> PRESENT_VERBS = Set.of("applies", "apply",
      "begins", "begin", "starts", "start", "takes", "take", "runs", "run", "opens", "open", "closes",
      "close", "becomes", "become", "effective", "goes", "go");
  /** Words that open a date as the start of something: "starting Tuesday", "effective May 1". */
  private static final Set<String> ONSET = Set.of("starting", "beginning", "effective");
  private final TokenSequence t;
  private final Lexicon lex = Lexicon.get();

  TenseDetector(TokenSequence t) {
    this.t = t;
  }

  /** The tense of the clause holding tokens [first, end). */
  Result tenseAround(int first, int end) {
    if (t.is(first - 1, "by")) {
      // A deadline ("conclude by May") lies ahead unless the clause is past perfect ("members
      // had filed reports by Wednesday").
      Result perfect = pastPerfect(first - 1, end);
      return perfect != null ? perfect : new Result(Tense.FUTURE, "by", 0);
    }
    int copula = t.is(first - 1, "on") ? first - 2 : first - 1;
    if ((t.is(copula, "is") || t.is(copula, "are")) && t.isWord(copula - 1)
        && !COPULA_SUBJECTS_NOW.contains(t.lower(copula - 1))) {
      // "the vote is on Friday", "the talks are Monday": a present copula right before the date
      // tells of an event set for it, so the date lies ahead ("today is Friday" names the day).
      return new Result(Tense.FUTURE, t.lower(copula), 0);
    }
    if (t.is(end, "as") && DETERMINERS.contains(t.lower(end + 1)) && t.is(end + 2, "deadline")
        && presentPerfect(first)) {
      // "has named Dec. 4 as the deadline": a deadline set and still standing lies ahead (a simple
      // past "set" may tell of one already gone).
      return new Result(Tense.FUTURE, "deadline", 0);
    }
    if (EXTENSION_ENDS.contains(t.lower(first - 1))) {
      // "extended the offer to Nov. 20", "has extended the loans through January": an extension
      // reaches past the news, unless the clause is past perfect.
      for (int k = first - 2, d = 0; k >= 0 && d < WINDOW && !boundary(k) && !coordination(k); k--, d++) {
        if (t.lower(k).startsWith("extend") && !t.is(k - 1, "had") && !t.is(k - 2, "had")) {
          return new Result(Tense.FUTURE, t.lower(k), d);
        }
      }
    }
    boolean relative = insideRelativeClause(first);
    Result right = Result.NONE;
    int rightDist = Integer.MAX_VALUE;
    for (int k = end, d = 0; k < t.size() && d < WINDOW; k++, d++) {
      if (boundary(k) || relative && t.is(k, ",")) {
        break;
      }
      Tense c = cue(k);
      if (c != Tense.NONE) {
        right = new Result(c, t.lower(k), d);
        rightDist = d;
        break;
      }
    }
    Result left = Result.NONE;
    int leftDist = Integer.MAX_VALUE;
    for (int k = first - 1, d = 0; k >= 0 && d < WINDOW; k--, d++) {
      if (boundary(k) || coordination(k)) {
        break;
      }
      Tense c = cue(k);
      if (c != Tense.NONE) {
        left = new Result(c, t.lower(k), d);
        leftDist = d;
        break;
      }
    }
    if (left.tense() == Tense.NONE && right.tense() == Tense.NONE && ONSET.contains(t.lower(first - 1))) {
      // "clinics will open daily from 8 a.m. to 6 p.m. starting Tuesday": the verb lies out of
      // reach, but an onset with no past verb near it announces a change to come.
      return new Result(Tense.FUTURE, t.lower(first - 1), 0);
    }
    if (left.tense() == Tense.NONE && (t.is(first - 1, "from") || t.is(first - 1, "through"))) {
      // "the ban applies from Wednesday", "the new fares take effect from Monday", "the fair runs
      // through Sunday": a present-tense rule that starts or ends on that day lies ahead, whatever a
      // reporting verb after it says (in a past clause the cue on the left wins; "prices are down
      // from Friday" compares with the past, so "is" and verbs of movement stay out).
      Result schedule = presentScheduleVerb(first, PERFECT);
      if (schedule != null) {
        return schedule;
      }
    }
    if (left.tense() == Tense.NONE && right.tense() == Tense.NONE
        && (t.is(first - 1, "on") || t.is(first - 1, "in"))) {
      // "Voters go to the polls on Sunday", "the summit opens in June": a present-tense schedule
      // verb with no other cue in its clause announces what is to come.
      Result schedule = presentScheduleVerb(first, NOT_PRESENT_BEFORE_VERB);
      if (schedule != null) {
        return schedule;
      }
    }
    // Ties go to the left: subject-verb-adverbial order puts the verb before the expression.
    return leftDist <= rightDist ? left : right;
  }

  /** Pronouns that open a relative clause set off by commas: ", who", ", whose", ", which". */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whose", "which", "whom");

  /**
   * Whether the expression starting at {@code first} sits in a relative clause set off by a comma
   * ("the minister, whose party faces a vote in October, criticized ..."), with no tense cue
   * between the pronoun and the expression: the clause has its own tense, so the main verb after
   * the closing comma must not lend it one.
   */
  private boolean insideRelativeClause(int first) {
    for (int k = first - 1, d = 0; k >= 0 && d < WINDOW && !boundary(k) && !t.is(k, ",");
        k--, d++) {
      if (cue(k) != Tense.NONE) {
        return false;
      }
      if (RELATIVE_PRONOUNS.contains(t.lower(k))) {
        return t.is(k - 1, ",");
      }
    }
    return false;
  }

  /** Subjects of "is <date>" that name the day itself or stand for no event. */
  private static final Set<String> COPULA_SUBJECTS_NOW = Set.of("today", "tomorrow", "yesterday",
      "it", "this", "that", "what", "here", "there");

  /** Auxiliaries that make a schedule verb after them no present: perfects, "did", "would". */
  private static final Set<String> NOT_PRESENT_BEFORE_VERB =
      Set.of("has", "have", "had", "to", "did", "would");

  /**
   * A present-tense schedule verb ({@link #PRESENT_VERBS}) in the clause before the expression
   * starting at {@code first}, not right after one of {@code blockers}: the expression lies
   * ahead. Null when there is none.
   */
  private Result presentScheduleVerb(int first, Set<String> blockers) {
    for (int k = first - 2, d = 0; k >= 0 && d < WINDOW && !boundary(k) && !coordination(k); k--, d++) {
      if (PRESENT_VERBS.contains(t.lower(k)) && !blockers.contains(t.lower(k - 1))) {
        return new Result(Tense.FUTURE, t.lower(k), d);
      }
    }
    return null;
  }

  /** Words that give the end of an extension: "extended to Nov. 20", "through January". */
  private static final Set<String> EXTENSION_ENDS = Set.of("to", "through", "until", "till");

  /** "has" or "have" left of token {@code first} in its clause: a present perfect. */
  private boolean presentPerfect(int first) {
    for (int j = first - 1, d = 0; j >= 0 && d < WINDOW && !boundary(j); j--, d++) {
      if (t.is(j, "has") || t.is(j, "have")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Irregular forms that are only ever a simple past, never a participle or an adjective: "the levy
   * came into force on January 1" tells of a finished event. Reporting verbs ("said") stay out: they
   * frame a report whose content may lie ahead.
   */
  private static final Set<String> SIMPLE_PAST = Set.of("went", "came", "took", "gave",
      "saw", "began", "became", "drew", "drove", "ate", "fell", "flew", "froze", "grew", "rose", "sank",
      "stole", "threw", "woke", "wore", "withdrew", "overtook", "undertook", "broke", "blew", "forbade",
      "forgave", "mistook", "rode", "rang", "shook", "sang", "sprang", "swam", "tore");

  /**
   * A past cue that is a simple past verb, with no future cue anywhere in the clause around tokens
   * [first, end): the clause reports a finished event, so its date is the previous occurrence.
   */
  boolean firmPast(String cue, int first, int end) {
    if (!SIMPLE_PAST.contains(cue)) {
      return false;
    }
    for (int k = end, d = 0; k < t.size() && d < WINDOW && !boundary(k); k++, d++) {
      if (cue(k) == Tense.FUTURE) {
        return false;
      }
    }
    for (int k = first - 1, d = 0; k >= 0 && d < WINDOW && !boundary(k); k--, d++) {
      if (cue(k) == Tense.FUTURE) {
        return false;
      }
    }
    return true;
  }

  /**
   * "had" in the clause around a "by" phrase: left of its "by" at {@code by} ("had filed reports by
   * Wednesday") or right of its end ("By the end of March, 1,200 firms had been approved"); or null.
   */
  private Result pastPerfect(int by, int end) {
    for (int j = by - 1, d = 0; j >= 0 && d < WINDOW && !boundary(j); j--, d++) {
      if (t.is(j, "had")) {
        return new Result(Tense.PAST, "had", d);
      }
    }
    for (int j = end, d = 0; j < t.size() && d < WINDOW && !boundary(j); j++, d++) {
      if (t.is(j, "had")) {
        return new Result(Tense.PAST, "had", d);
      }
    }
    return null;
  }

  /** "last" as a verb: after "to", a modal or "not" ("is expected to last", "won't last"). */
  static boolean verbLast(TokenSequence t, int k) {
    return t.is(k, "last") && VERB_LAST_LEFT.contains(t.lower(k - 1));
  }

  private static final Set<String> VERB_LAST_LEFT = Set.of("to", "will", "would",
      "could", "can", "may", "might", "should", "must", "not", "t", "ll", "shall", "did", "does", "do");

  /**
   * Abbreviations that end in a period without ending the sentence. Only these and initials
   * ("J.", "U.S."): a short capitalised word before a period ("in June.", "to Iraq.") usually ends one.
   */
  private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "st", "co", "corp",
      "inc", "ltd", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "maj", "adm", "rev",
      "prof", "mt", "ft", "no", "vs");

  private boolean boundary(int k) {
    if (!t.isPunct(k)) {
      return false;
    }
    String p = t.lower(k);
    if (p.equals(".")) {
      // Not an end: a period glued to what follows ("4.3", "p.m.", "U.S.") or after an abbreviation.
      boolean glued = t.touches(k) && (t.isNumber(k + 1) || t.isWord(k + 1) && t.lower(k + 1).length() == 1);
      // An initialism's last letter counts too: "4 a.m. on Wednesday" goes on.
      boolean abbreviation = k > 0 && t.touches(k - 1) && t.isWord(k - 1)
          && (ABBREVIATIONS.contains(t.lower(k - 1)) || t.lower(k - 1).length() == 1
              && (t.capitalized(k - 1) || t.is(k - 2, ".") && t.touches(k - 2)));
      return !glued && !abbreviation;
    }
    if (p.equals(":") && t.isNumber(k - 1) && t.isNumber(k + 1) && t.touches(k - 1) && t.touches(k)) {
      return false; // "09:00", a clock time
    }
    return p.equals(";") || p.equals("?") || p.equals("!") || p.equals("“")
        || p.equals("”") || p.equals("\"") || p.equals(":");
  }

  /** ", and" / ", but" before the expression: a new clause with its own verb. */
  private boolean coordination(int k) {
    return (t.is(k, "and") || t.is(k, "but")) && t.is(k - 1, ",");
  }

  private Tense cue(int k) {
    if (!t.isWord(k)) {
      return Tense.NONE;
    }
    String w = t.lower(k);
    switch (w) {
      case "will", "shall", "ll", "gonna", "tomorrow", "upcoming", "plans", "plan", "expects", "expect",
          "until", "next" -> {
        return Tense.FUTURE;
      }
      case "preparing", "prepares", "prepare", "bracing", "braces", "brace", "awaiting", "awaits", "await" -> {
        // Getting ready for an event ("are preparing for Thursday's vote") looks ahead to it; in a
        // past progressive ("were preparing") the auxiliary further left decides.
        return t.is(k - 1, "was") || t.is(k - 1, "were") || t.is(k - 1, "had") || t.is(k - 1, "been")
            ? Tense.NONE : Tense.FUTURE;
      }
      case "scheduled", "expected", "slated", "due", "planned" -> {
        // Plans and deadlines point forward ("is scheduled for Monday"), unless the plan itself
        // lies in the past ("had been scheduled to expire Friday").
        return t.is(k - 1, "had") || t.is(k - 2, "had") || t.is(k - 1, "previously") ? Tense.PAST
            : Tense.FUTURE;
      }
      case "could", "might", "may" -> {
        // "a verdict could come Friday": a possibility lies ahead; not "could have" (a past one),
        // "could not" ("could not be reached Tuesday" tells of the past) or the month.
        return t.capitalized(k) || t.is(k + 1, "have") || t.is(k + 1, "not") || t.is(k + 1, "n't")
            || t.is(k + 1, "never") ? Tense.NONE : Tense.FUTURE;
      }
      case "would" -> {
        // Reported plans ("said it would close in January") look forward from the report; "would
        // have" is a past counterfactual.
        return t.is(k + 1, "have") ? Tense.NONE : Tense.FUTURE;
      }
      case "to" -> {
        // "is to resume", "are to meet": an arrangement for the future; "is forecast to hit",
        // "are poised to sign": a prediction (an irregular past form, so it is decided here).
        if (PREDICTED.contains(t.lower(k - 1)) && !t.is(k - 2, "had") && !t.is(k - 3, "had")) {
          return Tense.FUTURE;
        }
        return t.is(k - 1, "is") || t.is(k - 1, "are") ? Tense.FUTURE : Tense.NONE;
      }
      case "set" -> {
        return t.is(k + 1, "for") || t.is(k + 1, "to") ? Tense.FUTURE : Tense.PAST;
      }
      case "going" -> {
        return t.is(k + 1, "to") ? Tense.FUTURE : Tense.NONE;
      }
      case "won" -> {
        // "won't" is future; "won" alone is the past of "win".
        return (t.is(k + 1, "'") || t.is(k + 1, "’")) && t.is(k + 2, "t") ? Tense.FUTURE : Tense.PAST;
      }
      case "ago", "yesterday", "since" -> {
        return Tense.PAST;
      }
      case "last" -> {
        return verbLast(t, k) ? Tense.NONE : Tense.PAST;
      }
      case "is", "are", "am", "has", "have", "does", "do" -> {
        // Present tense: stop looking, the clause is about now ("has" + participle is past-ish,
        // but then a participle cue follows and is nearer the verb group's end).
        return (w.equals("has") || w.equals("have")) && k + 1 < t.size() && lex.pastTense(t.lower(k + 1))
            ? Tense.PAST : Tense.NONE;
      }
      default -> {
        if (t.is(k - 1, "be") && FUTURE_BEFORE_BE.contains(t.lower(k - 2))) {
          return Tense.FUTURE; // "will be named", "is to be held": the auxiliary is one word further
        }
        if (t.is(k - 1, "be") || t.is(k - 1, "been") || t.is(k - 1, "being")) {
          return Tense.NONE; // "has been held": a participle, the auxiliary before it decides
        }
        if (lex.scheduleVerb(w) && !t.capitalized(k) && !t.is(k - 1, "the") && !t.is(k - 1, "to")
            && !t.is(k - 1, "will") && !t.is(k - 1, "would") && !t.is(k - 1, "did")) {
          return Tense.FUTURE; // "talks resume Tuesday": a scheduled event
        }
        // After "to" a verb is an infinitive, though "hit", "put", "set" look past.
        return lex.pastTense(w) && !t.capitalized(k) && !attributive(k) && !t.is(k - 1, "to")
            ? Tense.PAST : Tense.NONE;
      }
    }
  }

  /** Predictions before "to": "is forecast to", "are poised to", "is likely to". */
  private static final Set<String> PREDICTED = Set.of("forecast", "poised",
      "projected", "predicted", "likely", "unlikely", "about");

  private static final Set<String> FUTURE_BEFORE_BE = Set.of("will", "shall", "ll", "to");

  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that",
      "these", "those", "its", "their", "his", "her", "our", "my", "your");

  /**
   * Words after a verb, never after an adjective before its noun: prepositions, articles, "last".
   */
  private static final Set<String> AFTER_RELATIVE_VERB = Set.of("in", "on", "at", "during",
      "last", "after", "before", "from", "the", "a", "an", "its", "their", "his", "her");

  /**
   * A participle used as an adjective ("a revised estimate", "a still unspecified date"): after a
   * determiner, directly or with one adverb between, it modifies a noun and is no finite verb.
   */
  private boolean attributive(int k) {
    if (t.is(k - 1, "that") && AFTER_RELATIVE_VERB.contains(t.lower(k + 1))) {
      // "the bridge that opened in June": a relative clause's verb, not "that revised plan"
      return false;
    }
    if (DETERMINERS.contains(t.lower(k - 1))) {
      return true;
    }
    String adverb = t.lower(k - 1);
    return (adverb.endsWith("ly") || adverb.equals("still") || adverb.equals("yet") || adverb.equals("much"))
        && DETERMINERS.contains(t.lower(k - 2));
  }
}
