package dev.timeline.engine.event;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.Sentence;
import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds TimeML events (verbs, copula predicates, event nouns) with shallow rules over the tagged
 * text, reads class, tense, aspect, polarity, modality and factuality off the verb group and the
 * clause, anchors each in time ({@link TimeAnchoring}) and writes its headline ({@link
 * Headlines}). Stateless and thread-safe.
 */
public final class RuleBasedEventExtractor implements EventExtractor {
  /** Verbs whose infinitive complement happened: "managed to escape", "began to fight". */
  private static final Set<String> FACTIVE_INFINITIVE_TAKERS = Set.of("manage", "begin", "start",
      "continue", "go", "come", "use", "resume", "proceed");

  private final EventLexicon lexicon = EventLexicon.get();

  @Override
  public List<EventMention> extract(
      AnalyzedText text,
      List<TemporalExpression> expressions,
      Optional<PublicationDate> published,
      ExtractionOptions options,
      Cancellation cancellation) {
    List<EventMention> out = new ArrayList<>();
    Quotes quotes = new Quotes();
    Antecedents antecedents = new Antecedents();
    NarrativeTime narrative = new NarrativeTime(options.mode(), published);
    TimeAnchoring anchoring = new TimeAnchoring(published);
    PublicationRelations publicationRelations = new PublicationRelations(published);
    int expressionCursor = 0;
    int previousEnd = 0;
    for (Sentence sentence : text.sentences()) {
      cancellation.check();
      List<Token> tokens = TagRepairs.repair(sentence.tokens());
      if (paragraphBreak(text.text(), previousEnd, sentence.span().begin())) {
        narrative.paragraphBreak();
      }
      previousEnd = sentence.span().end();
      if (tokens.isEmpty() || Headings.isHeading(tokens, text.text(), sentence.span().end())) {
        continue;
      }
      boolean[] quoted = quotes.mark(tokens, text.text());
      antecedents.nextSentence(whollyQuoted(tokens, quoted));
      List<VerbGroup> groups = Coordination.share(tokens, VerbGroups.find(tokens));
      List<Clause> clauses = Clauses.split(tokens, groups, lexicon);
      List<SentenceTimex> timexes = SentenceTimex.place(tokens, expressions, expressionCursor);
      while (expressionCursor < expressions.size()
          && expressions.get(expressionCursor).span().begin() < sentence.span().end()) {
        expressionCursor++;
      }
      List<Trigger> triggers = Triggers.find(tokens, groups, clauses, lexicon);
      narrative.before(tokens, clauses, timexes, quoted);
      Anchor[] anchors = anchoring.anchor(tokens, triggers, clauses, timexes, narrative);
      Maturities.relate(tokens, triggers, anchors);
      BorrowedAnchors.drop(tokens, triggers, timexes, quoted, anchors);
      SuperlativeSince.drop(tokens, triggers, anchors);
      List<List<Anchor>> further = AdditionalAnchors.find(tokens, triggers, timexes, anchors);
      List<Optional<TemporalRelation>> publication =
          publicationRelations.relationsToPublication(tokens, triggers, clauses, anchors);
      narrative.after(triggers, clauses, timexes, anchors);
      further = DurationAnchors.add(tokens, triggers, clauses, timexes, anchors, further);
      Headlines headlines = new Headlines(tokens, text.text(), triggers, clauses, quoted,
          antecedents, timexes);
      boolean[] unreal = HypotheticalClauses.mark(tokens, triggers, clauses);
      for (int i = 0; i < triggers.size(); i++) {
        out.add(mention(out.size() + 1, sentence, tokens, triggers, i, clauses, quoted, unreal,
            anchors[i], further.get(i), publication.get(i), headlines));
      }
    }
    return List.copyOf(out);
  }

  /** Every word inside quotation marks (the marks themselves and punctuation aside). */
  private static boolean whollyQuoted(List<Token> tokens, boolean[] quoted) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!quoted[i] && !Quotes.isQuoteMark(t) && Character.isLetterOrDigit(t.text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean paragraphBreak(String text, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (++newlines >= 2) {
          return true;
        }
      } else if (!Character.isWhitespace(c)) {
        newlines = 0;
      }
    }
    return false;
  }

  private EventMention mention(int number, Sentence sentence, List<Token> tokens,
      List<Trigger> triggers, int i, List<Clause> clauses, boolean[] quoted, boolean[] unreal,
      Anchor anchor,
      List<Anchor> further, Optional<TemporalRelation> publication, Headlines headlines) {
    Trigger t = triggers.get(i);
    VerbGroup g = t.group();
    boolean negated = g != null ? g.negated() : negatedNoun(tokens, t.token());
    String modal = g != null ? g.modal() : "";
    Factuality factuality = factuality(i, tokens, triggers, clauses, quoted, unreal, negated);
    Optional<TemporalRelation> anchorRelation =
        anchor == null ? Optional.empty() : Optional.of(anchor.relation());
    double confidence = anchor != null ? anchor.confidence()
        : publication.isPresent() ? 0.6 : 0.0;
    int[] word = HyphenatedWords.extent(tokens, t.token());
    return new EventMention(
        "e" + number,
        HyphenatedWords.span(tokens, word),
        HyphenatedWords.text(tokens, word),
        headlines.of(t),
        t.eventClass(),
        t.tense(),
        g != null ? g.aspect() : Aspect.NONE,
        factuality,
        negated,
        modal,
        sentence.index(),
        anchor == null ? -1 : anchor.timex().index(),
        anchorRelation,
        publication,
        confidence,
        further.stream()
            .map(a -> new AdditionalAnchor(a.timex().index(), a.relation(), a.confidence()))
            .toList());
  }

  private static boolean negatedNoun(List<Token> tokens, int noun) {
    for (int k = noun - 1; k >= 0 && k >= noun - 3; k--) {
      String w = tokens.get(k).lower();
      if (w.equals("no") || w.equals("without") || w.equals("never")) {
        return true;
      }
      if (tokens.get(k).isVerb()) {
        return false;
      }
    }
    return false;
  }

  private Factuality factuality(int i, List<Token> tokens, List<Trigger> triggers,
      List<Clause> clauses, boolean[] quoted, boolean[] unreal, boolean negated) {
    Trigger t = triggers.get(i);
    if (negated) {
      return Factuality.NEGATED;
    }
    if (hypothetical(i, tokens, triggers, clauses, unreal)) {
      return Factuality.HYPOTHETICAL;
    }
    if (quoted[t.token()] || reportedClause(t, triggers, clauses)) {
      return Factuality.REPORTED;
    }
    return Factuality.ASSERTED;
  }

  /** The nearest conditional clause around the trigger opens with "whether". */
  private static boolean inQuestion(Trigger t, List<Clause> clauses) {
    for (int c = t.clause(); c >= 0; c = clauses.get(c).parent()) {
      if (clauses.get(c).conditional()) {
        return clauses.get(c).marker().equals("whether");
      }
      if (clauses.get(c).parent() >= c) {
        break;
      }
    }
    return false;
  }

  /** Modals that tell what is going to happen rather than what might. */
  private static final Set<String> PREDICTIONS = Set.of("will", "shall");

  /** {@code unreal}: the events {@link HypotheticalClauses} finds in conditions of the sentence. */
  private boolean hypothetical(int i, List<Token> tokens, List<Trigger> triggers,
      List<Clause> clauses, boolean[] unreal) {
    if (unreal[i]) {
      return true;
    }
    VerbGroup g = triggers.get(i).group();
    if (g == null) {
      return false;
    }
    if (PREDICTIONS.contains(g.modal()) || g.modal().equals("would")
        && reportedInThePast(triggers.get(i), triggers, clauses)) {
      // "said the plant would reopen in March" is "will" told in the past: a reported plan.
      // "The plant will close next year" is news of what is coming; "whoever threatens us
      // will be destroyed" is the consequence of a condition, as unreal as the condition.
      for (int j = 0; j < unreal.length; j++) {
        // unreal[i] is false here: the condition is another event's. An embedded question
        // ("will decide next week whether the flight can go ahead") is no condition.
        if (unreal[j] && !inQuestion(triggers.get(j), clauses)) {
          return true;
        }
      }
      return false;
    }
    if (HypotheticalClauses.MODALS.contains(g.modal())) {
      return true;
    }
    if (g.infinitive()) {
      int before = g.first() - 1;
      return before < 0 || !FACTIVE_INFINITIVE_TAKERS.contains(tokens.get(before).lemma());
    }
    return false;
  }

  /** The complement of a reporting verb: "said Russia ...", "argue that ...". */
  private static boolean reportedClause(Trigger t, List<Trigger> triggers, List<Clause> clauses) {
    return reportingVerb(t, triggers, clauses) != null;
  }

  /** The complement of a past reporting verb: "said the plant ...". */
  private static boolean reportedInThePast(Trigger t, List<Trigger> triggers,
      List<Clause> clauses) {
    Trigger reporting = reportingVerb(t, triggers, clauses);
    return reporting != null && reporting.tense() == Tense.PAST;
  }

  /** The reporting verb whose complement holds the trigger, or null. */
  private static Trigger reportingVerb(Trigger t, List<Trigger> triggers, List<Clause> clauses) {
    Clause mine = clauses.get(t.clause());
    if (!mine.marker().equals("that") || mine.parent() < 0) {
      return null;
    }
    for (Trigger other : triggers) {
      if (other.clause() == mine.parent() && other.eventClass() == EventClass.REPORTING) {
        return other;
      }
    }
    return null;
  }
}
