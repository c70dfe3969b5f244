package dev.timeline.engine.event;

import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.temporal.TimeInterval;
import dev.timeline.engine.text.Token;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How each event of a sentence stands to the publication date (before, after, overlapping): from
 * its anchor when that lies wholly on one side, else from tense, aspect and mood.
 */
final class PublicationRelations {
  private final Optional<PublicationDate> published;

  PublicationRelations(Optional<PublicationDate> published) {
    this.published = published;
  }

  /**
   * Each event's relation to the publication date ({@link #relationToPublication}); an event
   * noun its anchor does not place takes the relation of the finite verb that governs it ("the
   * attack killed ..." → before); one with no verb to take a tense from ("More heavy rain in the
   * valley.", a headline's fragment) describes the situation as written: overlapping. The
   * timeline builder keeps undated nouns off the timeline, so these relations only reach the
   * events list.
   */
  List<Optional<TemporalRelation>> relationsToPublication(List<Token> tokens,
      List<Trigger> triggers, List<Clause> clauses, Anchor[] anchors) {
    List<Optional<TemporalRelation>> own = new ArrayList<>(triggers.size());
    for (int i = 0; i < triggers.size(); i++) {
      Trigger t = triggers.get(i);
      // "according to the filing": the source's account as it stands, not an act of telling; a
      // date of its sentence ("last week, according to the filing, ...") is the account's.
      boolean attribution = t.tense() == Tense.NONE
          && tokens.get(t.token()).lower().equals("according");
      own.add(attribution || (anchors[i] == null && stillNotDone(tokens, t))
          ? Optional.of(TemporalRelation.OVERLAP)
          : relationToPublication(t, anchors[i]));
    }
    List<Optional<TemporalRelation>> out = new ArrayList<>(own);
    for (int i = 0; i < triggers.size(); i++) {
      if (own.get(i).isEmpty() && !triggers.get(i).verbal()) {
        int governor = governingVerb(triggers, clauses, i);
        out.set(i, governor >= 0 ? own.get(governor) : Optional.of(TemporalRelation.OVERLAP));
      } else if (presentOfLaterClause(triggers, clauses, own, i)) {
        out.set(i, Optional.of(TemporalRelation.AFTER));
      }
    }
    return out;
  }

  /** Subordinators whose clause takes the present for a time its main clause looks ahead to. */
  private static final Set<String> AHEAD_MARKERS =
      Set.of("when", "after", "before", "until", "till", "once", "whenever", "if", "unless");

  /**
   * "will retire after he turns 65", "may be replaced if they leave": in a time or condition
   * clause the present stands for the future its main clause looks ahead to, so it follows
   * the time of writing too.
   */
  private static boolean presentOfLaterClause(List<Trigger> triggers, List<Clause> clauses,
      List<Optional<TemporalRelation>> own, int i) {
    Trigger t = triggers.get(i);
    if (!t.verbal() || t.tense() != Tense.PRESENT
        || !own.get(i).equals(Optional.of(TemporalRelation.OVERLAP))) {
      return false;
    }
    Clause clause = clauses.get(t.clause());
    if (!AHEAD_MARKERS.contains(clause.marker()) || clause.parent() < 0) {
      return false;
    }
    for (int k = 0; k < triggers.size(); k++) {
      Trigger o = triggers.get(k);
      if (o.clause() == clause.parent() && o.group() != null && o.group().finite()) {
        return (o.tense() == Tense.FUTURE || !o.group().modal().isEmpty())
            && own.get(k).equals(Optional.of(TemporalRelation.AFTER));
      }
    }
    return false;
  }

  /**
   * "still hasn't been set", "has not yet arrived": a present perfect denied with "still" or
   * "yet" (an adverb may stand between: "still apparently hasn't") states what is not done as
   * the text is written, so it overlaps the time of writing; so does a denied passive without
   * them ("a date hasn't been set": the thing stands undone), unlike a denied act ("the mill
   * hasn't reopened").
   */
  private static boolean stillNotDone(List<Token> tokens, Trigger t) {
    VerbGroup g = t.group();
    if (g == null || !g.negated() || t.tense() != Tense.PRESENT
        || g.aspect() != Aspect.PERFECTIVE) {
      return false;
    }
    if (g.passive()) {
      return true;
    }
    int from = g.first() - 1;
    if (from >= 1 && tokens.get(from).pos().startsWith("RB")) {
      from--;
    }
    for (int k = Math.max(0, from); k <= g.head(); k++) {
      String w = tokens.get(k).lower();
      if (w.equals("still") || w.equals("yet")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The finite verb nearest before the trigger in its clause (it has the noun as object), else
   * after it (as subject), else that of the clause it depends on; -1 when there is none.
   */
  private static int governingVerb(List<Trigger> triggers, List<Clause> clauses, int i) {
    Trigger t = triggers.get(i);
    for (int clause = t.clause(), hops = 0; clause >= 0 && hops < 2;
        clause = clauses.get(clause).parent(), hops++) {
      int before = -1;
      int after = -1;
      for (int k = 0; k < triggers.size(); k++) {
        Trigger o = triggers.get(k);
        if (k == i || o.clause() != clause || o.group() == null || !o.group().finite()) {
          continue;
        }
        if (o.token() < t.token()) {
          before = k;
        } else if (after < 0) {
          after = k;
        }
      }
      if (before >= 0 || after >= 0) {
        return before >= 0 ? before : after;
      }
    }
    return -1;
  }

  /**
   * From the anchor's time when it lies wholly before or after the publication day, or holds it
   * (but what is done "this year" lies before the time of writing and what "will" happen in it
   * after, and a present attitude looking ahead holds now: {@link #attitudeToLater}); from a
   * reference to the past or future ("recently"); else from tense and aspect (see {@link
   * #fromTense}). An event noun has none of its own.
   */
  Optional<TemporalRelation> relationToPublication(Trigger t, Anchor anchor) {
    VerbGroup g = t.group();
    boolean perfect = g != null
        && (g.aspect() == Aspect.PERFECTIVE || g.aspect() == Aspect.PERFECTIVE_PROGRESSIVE);
    if (anchor != null) {
      Optional<TemporalRelation> fromAnchor = fromAnchor(anchor);
      // "has gained so far this year", "said today": done before the time of writing;
      // "will grow this year": the rest of the period, after it.
      boolean doneOrLater = perfect || t.tense() == Tense.PAST || t.tense() == Tense.FUTURE;
      if (fromAnchor.isPresent() && !attitudeToLater(t, fromAnchor.get())
          && !(doneOrLater && fromAnchor.get() == TemporalRelation.OVERLAP)
          && !pastOfLater(t, fromAnchor.get())) {
        return fromAnchor;
      }
    }
    return g == null ? Optional.empty() : Optional.of(fromTense(t, g));
  }

  /**
   * A simple past verb is told as done ("declared a dividend, payable Dec. 7"); a later date in
   * its clause belongs to something else it names, so the tense decides.
   */
  private static boolean pastOfLater(Trigger t, TemporalRelation fromAnchor) {
    return fromAnchor == TemporalRelation.AFTER && t.tense() == Tense.PAST;
  }

  /**
   * "hopes to win seats this September", "plans to introduce workstations early next year", "has
   * an option to buy after May 1": a later date belongs to the complement; the hope, the plan or
   * the state itself holds as the text is written, so the present tense decides.
   */
  private static boolean attitudeToLater(Trigger t, TemporalRelation fromAnchor) {
    return fromAnchor == TemporalRelation.AFTER && t.tense() == Tense.PRESENT
        && t.group().aspect() == Aspect.NONE
        && (t.eventClass() == EventClass.I_STATE || t.eventClass() == EventClass.I_ACTION
            || t.eventClass() == EventClass.STATE);
  }

  /**
   * Past and present perfect before the time of writing, the present perfect progressive and
   * the present overlapping it ("has been doubling" still goes on), the future after. Without
   * tense: a perfect before ("having agreed"), "can" overlapping (an ability or a state now:
   * "can't find buyers"), a refusal or failure told in the past before ("wouldn't say",
   * "couldn't be reached"), another modal or an infinitive after, a reporting participle before
   * (the source spoke before the report: "adding", "citing"; but "according to" attributes an
   * account that stands as the text is written: {@link #relationsToPublication}), any other
   * participle overlapping (TimeML relates "including", "using" to the time of writing as
   * ongoing or simultaneous).
   */
  private static TemporalRelation fromTense(Trigger t, VerbGroup g) {
    return switch (g.tense()) {
      case PAST -> TemporalRelation.BEFORE;
      case PRESENT -> g.aspect() == Aspect.PERFECTIVE
          ? TemporalRelation.BEFORE : TemporalRelation.OVERLAP;
      case FUTURE -> TemporalRelation.AFTER;
      case NONE -> {
        if (g.aspect() == Aspect.PERFECTIVE || g.aspect() == Aspect.PERFECTIVE_PROGRESSIVE) {
          yield TemporalRelation.BEFORE;
        }
        if (g.modal().equals("can")) {
          yield TemporalRelation.OVERLAP;
        }
        if (g.negated() && (g.modal().equals("would") || g.modal().equals("could"))) {
          yield TemporalRelation.BEFORE;
        }
        if (!g.modal().isEmpty() || g.infinitive()) {
          yield TemporalRelation.AFTER;
        }
        yield t.eventClass() == EventClass.REPORTING
            ? TemporalRelation.BEFORE : TemporalRelation.OVERLAP;
      }
    };
  }

  private Optional<TemporalRelation> fromAnchor(Anchor anchor) {
    TemporalRelation r = anchor.relation();
    var interval = anchor.timex().expression().interval();
    if (interval.isEmpty() || published.isEmpty()) {
      return switch (anchor.timex().expression().value()) {
        case "PAST_REF" -> Optional.of(TemporalRelation.BEFORE);
        case "FUTURE_REF" -> Optional.of(TemporalRelation.AFTER);
        default -> Optional.empty();
      };
    }
    TimeInterval iv = interval.get();
    LocalDateTime dayStart = published.get().date().atStartOfDay();
    LocalDateTime dayEnd = dayStart.plusDays(1);
    boolean before = !iv.end().isAfter(dayStart);
    boolean after = !iv.begin().isBefore(dayEnd);
    if (before && r != TemporalRelation.AFTER && r != TemporalRelation.BEGINS) {
      return Optional.of(TemporalRelation.BEFORE);
    }
    if (after && r != TemporalRelation.BEFORE && r != TemporalRelation.ENDS) {
      return Optional.of(TemporalRelation.AFTER);
    }
    if (!before && !after && (r == TemporalRelation.ON || r == TemporalRelation.DURING)) {
      return Optional.of(TemporalRelation.OVERLAP);
    }
    return Optional.empty();
  }
}
