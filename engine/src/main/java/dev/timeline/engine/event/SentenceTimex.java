package dev.timeline.engine.event;

import dev.timeline.engine.temporal.Granularity;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TimexType;
import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A temporal expression placed among a sentence's tokens, with the relation its preposition
 * gives ("since 2003" → BEGINS).
 *
 * @param index index in the document's expression list
 * @param first first token (sentence-local)
 * @param last last token (sentence-local)
 * @param modifiesEvent it belongs to the clause's event, not to a noun or a compared amount
 * @param preposition the word right before it, lower case ("for", "in", "since"), or ""
 * @param premodifier it modifies the noun right after it ("a third-quarter loss")
 * @param lengthOfVerb a duration right after a verb, the length of its event ("spent six days")
 */
record SentenceTimex(int index, TemporalExpression expression, int first, int last,
    TemporalRelation relation, boolean modifiesEvent, String preposition, boolean premodifier,
    boolean lengthOfVerb) {
  private static final Map<String, TemporalRelation> PREPOSITIONS = Map.ofEntries(
      Map.entry("since", TemporalRelation.BEGINS),
      Map.entry("from", TemporalRelation.BEGINS),
      // "open daily starting Tuesday", "beginning March 1": from then on.
      Map.entry("starting", TemporalRelation.BEGINS),
      Map.entry("beginning", TemporalRelation.BEGINS),
      Map.entry("until", TemporalRelation.ENDS),
      Map.entry("till", TemporalRelation.ENDS),
      // "continue through next year": over all of it, as TimeML annotators read it.
      Map.entry("through", TemporalRelation.DURING),
      Map.entry("before", TemporalRelation.BEFORE),
      // "filed the reports by Wednesday": done when that time ends, as TimeML reads a deadline.
      Map.entry("by", TemporalRelation.ENDS),
      Map.entry("after", TemporalRelation.AFTER),
      Map.entry("during", TemporalRelation.DURING),
      Map.entry("throughout", TemporalRelation.DURING),
      Map.entry("within", TemporalRelation.DURING),
      Map.entry("over", TemporalRelation.DURING));
  /** "sold shares ahead of the holiday", "prior to March": before it, not at it. */
  private static final Map<String, TemporalRelation> TWO_WORD_PREPOSITIONS = Map.of(
      "ahead of", TemporalRelation.BEFORE,
      "prior to", TemporalRelation.BEFORE,
      // "extended to Friday its offer": the extension runs until then.
      "extended to", TemporalRelation.ENDS,
      "extends to", TemporalRelation.ENDS,
      "extend to", TemporalRelation.ENDS,
      // "will strike starting on Thursday", "beginning in June": from then on, as without "on".
      "starting on", TemporalRelation.BEGINS,
      "starting in", TemporalRelation.BEGINS,
      "beginning on", TemporalRelation.BEGINS,
      "beginning in", TemporalRelation.BEGINS);

  /**
   * Dates and times can anchor events; durations, sets and vague references cannot, nor a date
   * that belongs to a noun ("its forecast for fiscal 2024") or to a compared amount ("from $260
   * million a year earlier").
   */
  boolean anchors() {
    TimexType type = expression.type();
    return modifiesEvent && (type == TimexType.DATE || type == TimexType.TIME)
        && !expression.value().endsWith("_REF") && !expression.value().isEmpty();
  }

  /**
   * A weaker anchor, taken only where no date reaches: a reference to the present, past or
   * future ("now", "recently") or a stretch of time the event fills ("for six days", "in the
   * past two months"). Neither places the event on the calendar by itself.
   */
  boolean weakAnchor() {
    if (!modifiesEvent) {
      return false;
    }
    String value = expression.value();
    return value.endsWith("_REF") || (expression.type() == TimexType.DURATION && stretch())
        || expression.type() == TimexType.SET || lengthOfVerb;
  }

  /** Introduced by a preposition of extent ("for", "in", "over", "during"). */
  boolean stretch() {
    return STRETCH_PREPOSITIONS.contains(preposition);
  }

  /** "a loss for the third quarter": a period the amount of an event noun before it covers. */
  boolean periodOfNoun() {
    return preposition.equals("for") && !modifiesEvent
        && (expression.type() == TimexType.DATE || expression.type() == TimexType.TIME);
  }

  /** Day or finer: precise enough to carry the narrative into the next sentence of a news story. */
  boolean dayOrFiner() {
    return expression.granularity().map(g -> g.compareTo(Granularity.DAY) >= 0).orElse(false);
  }

  /**
   * A year or coarser: long enough to hold the events of a scene, or what led to an event of
   * that year ("the mine shut in 2019 after a flood"), not a day to date a telling by.
   */
  boolean yearOrCoarser() {
    return expression.granularity().map(g -> g.compareTo(Granularity.YEAR) <= 0).orElse(false);
  }

  /** The expressions of the given document list that start inside [begin, end) of the tokens. */
  static List<SentenceTimex> place(List<Token> tokens, List<TemporalExpression> expressions,
      int fromIndex) {
    List<SentenceTimex> out = new ArrayList<>();
    // A comparison is read back to the expression before, not into it ("for more than four
    // hours Friday": "than" compares hours, not Friday).
    int floor = 0;
    if (tokens.isEmpty()) {
      return out;
    }
    int sBegin = tokens.get(0).span().begin();
    int sEnd = tokens.get(tokens.size() - 1).span().end();
    for (int x = fromIndex; x < expressions.size(); x++) {
      TemporalExpression e = expressions.get(x);
      if (e.span().begin() >= sEnd) {
        break;
      }
      if (e.span().begin() < sBegin) {
        continue;
      }
      int first = -1;
      int last = -1;
      for (int k = firstEndingAfter(tokens, e.span().begin()); k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (t.span().begin() >= e.span().end()) {
          break;
        }
        if (t.span().end() > e.span().begin()) {
          if (first < 0) {
            first = k;
          }
          last = k;
        }
      }
      if (first >= 0) {
        boolean duration = e.type() == TimexType.DURATION;
        String preposition =
            first > 0 ? tokens.get(first - 1).lower() : "";
        boolean stretch = STRETCH_PREPOSITIONS.contains(preposition);
        TemporalRelation relation = relationOf(tokens, first);
        boolean lengthOfVerb =
            duration && first > 0 && tokens.get(first - 1).pos().startsWith("VB");
        if (duration && (preposition.equals("for") || lengthOfVerb)) {
          relation = TemporalRelation.DURING; // "for six days", "spent six days": throughout
        }
        if (preposition.equals("through")
            && e.type() == TimexType.DATE
            && e.granularity().map(g -> g.compareTo(Granularity.DAY) >= 0).orElse(false)) {
          // A day closes the stretch: "had bought 9,000 shares through May 4" ends with it.
          relation = TemporalRelation.ENDS;
        }
        boolean premodifier = premodifies(tokens, last);
        out.add(new SentenceTimex(x, e, first, last, relation,
            !premodifier && ((duration && stretch) || !belongsToNoun(tokens, first, floor)),
            preposition, premodifier, lengthOfVerb));
        floor = last + 1;
      }
    }
    return ranges(clocksOfDates(out));
  }

  /**
   * A clock time right after its date ("a hearing for Nov. 18 at 10:30 a.m.", "Friday, 5 p.m.")
   * is the same moment: it dates an event only where the date does.
   */
  private static List<SentenceTimex> clocksOfDates(List<SentenceTimex> placed) {
    List<SentenceTimex> out = new ArrayList<>(placed);
    for (int k = 1; k < out.size(); k++) {
      SentenceTimex date = out.get(k - 1);
      SentenceTimex clock = out.get(k);
      if (clock.first == date.last + 2 && clock.expression.type() == TimexType.TIME
          && (clock.preposition.equals("at") || clock.preposition.equals(","))
          && date.calendar() && clock.modifiesEvent != date.modifiesEvent) {
        out.set(k, clock.withModifiesEvent(date.modifiesEvent));
      }
    }
    return out;
  }

  /** Words that close a range after its first expression: "this year through August". */
  private static final java.util.Set<String> RANGE_ENDS =
      java.util.Set.of("through", "until", "till");

  /**
   * The two ends of a range: "from today through Nov. 17", "between 1985 and 1987", "this year
   * through August". An event anchored to the second ends with it; one anchored to the first
   * after "from" or "between" starts with it.
   */
  private static List<SentenceTimex> ranges(List<SentenceTimex> placed) {
    List<SentenceTimex> out = new ArrayList<>(placed);
    for (int k = 0; k + 1 < out.size(); k++) {
      SentenceTimex x = out.get(k);
      SentenceTimex y = out.get(k + 1);
      boolean between = x.preposition.equals("between") && y.preposition.equals("and");
      boolean fromTo = x.preposition.equals("from") && y.preposition.equals("to");
      if (y.first != x.last + 2 || !x.calendar() || !y.calendar()
          || !(between || fromTo || RANGE_ENDS.contains(y.preposition))) {
        continue;
      }
      if (between) {
        out.set(k, x.withRelation(TemporalRelation.BEGINS));
      }
      out.set(k + 1, y.withRelation(TemporalRelation.ENDS));
    }
    return out;
  }

  private SentenceTimex withModifiesEvent(boolean modifies) {
    return new SentenceTimex(index, expression, first, last, relation, modifies, preposition,
        premodifier, lengthOfVerb);
  }

  private SentenceTimex withRelation(TemporalRelation r) {
    return new SentenceTimex(index, expression, first, last, r, modifiesEvent, preposition,
        premodifier, lengthOfVerb);
  }

  /** The end of the range {@code x} opens ({@link #ranges}), right after it. */
  boolean closesRangeOf(SentenceTimex x) {
    return first == x.last + 2 && relation == TemporalRelation.ENDS && x.calendar()
        && (RANGE_ENDS.contains(preposition) || preposition.equals("and")
            || preposition.equals("to"));
  }

  /** A date or time, not a length, a set or a vague reference. */
  private boolean calendar() {
    TimexType type = expression.type();
    return (type == TimexType.DATE || type == TimexType.TIME)
        && !expression.value().endsWith("_REF");
  }

  /** Index of the first token that ends after {@code offset} (binary search). */
  private static int firstEndingAfter(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static final java.util.Set<String> STRETCH_PREPOSITIONS =
      java.util.Set.of("for", "in", "over", "during", "within", "throughout", "through");

  /** Words after which an amount compared with the event's ("from $260 million") comes. */
  private static final java.util.Set<String> COMPARISON_WORDS = java.util.Set.of("from", "over");
  /** Words that compare on their own: "compared with a year ago", "higher than a year earlier". */
  private static final java.util.Set<String> COMPARING =
      java.util.Set.of("compared", "versus", "vs.", "than");
  /**
   * How far back, through amounts and nouns but no verb, a comparison reaches: "compared with a
   * restated profit of $4.1 million, or 12 cents a share, a year earlier" spans 16 tokens.
   */
  private static final int COMPARISON_REACH = 20;

  /** "forecast for 2024"; "from $260 million a year earlier": the date is not the event's. */
  private static boolean belongsToNoun(List<Token> tokens, int first, int floor) {
    if (first == 0) {
      return false;
    }
    Token before = tokens.get(first - 1);
    if (before.text().equalsIgnoreCase("for")) {
      return true;
    }
    if (before.lemma().equals("end") && before.pos().startsWith("VB")) {
      return true; // "the quarter ended Sept. 30" names the period, not the event's time
    }
    boolean amount = false;
    for (int k = first - 1; k >= floor && k >= first - COMPARISON_REACH; k--) {
      Token t = tokens.get(k);
      String w = t.lower();
      if (COMPARING.contains(w)) {
        // "grew by more than half this year", "did little more than break even in the
        // spring": "than" compares what follows it, not the time; "higher than a year ago",
        // "than in 1988" compare the time itself.
        return !(w.equals("than") && (amount || first - k > 2));
      }
      if (t.pos().equals("CD") || t.pos().equals("$") || w.equals("$") || w.equals("%")) {
        amount = true;
      } else if (COMPARISON_WORDS.contains(w)) {
        return amount;
      } else if (t.pos().startsWith("VB") || t.pos().equals("MD") || w.equals(";")
          || w.equals(":")) {
        return false;
      }
    }
    return false;
  }

  /**
   * An adjectival date or length before a noun, or a possessive one, dates that noun, not the
   * clause's verb: "posted a third-quarter loss", "Friday's purchases", "a two-hour meeting".
   */
  private static boolean premodifies(List<Token> tokens, int last) {
    if (last + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(last + 1).pos();
    Token end = tokens.get(last);
    if (possessive(tokens, last)) {
      return true;
    }
    // The tokenizer splits "third-quarter" into "third" "-quarter": a hyphenated compound too.
    boolean adjectival = end.pos().startsWith("JJ") || end.text().startsWith("-");
    return next.equals("POS")
        || (adjectival && (next.equals("NN") || next.equals("NNS") || next.startsWith("JJ")));
  }


  /**
   * The expression ends in a possessive: "'s" split off ("Friday 's") or left on its last word
   * ("Tuesday's", which the tokenizer sometimes keeps whole).
   */
  static boolean possessive(List<Token> tokens, int last) {
    return (last + 1 < tokens.size() && tokens.get(last + 1).pos().equals("POS"))
        || tokens.get(last).lower().endsWith("'s");
  }

  private static TemporalRelation relationOf(List<Token> tokens, int first) {
    if (first == 0) {
      return TemporalRelation.ON;
    }
    Token before = tokens.get(first - 1);
    String w = before.lower();
    if (first >= 2) {
      TemporalRelation r = TWO_WORD_PREPOSITIONS.get(tokens.get(first - 2).lower() + " " + w);
      if (r != null) {
        return r;
      }
    }
    return PREPOSITIONS.getOrDefault(w, TemporalRelation.ON);
  }
}
