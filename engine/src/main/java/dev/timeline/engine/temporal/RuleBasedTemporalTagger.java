package dev.timeline.engine.temporal;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project's temporal tagger: a hand-written grammar over a cheap tokenizer (recognition),
 * then normalisation to TIMEX3 values and anchoring against the publication date or the story's
 * last mentioned date. Natty, when enabled, is only a second opinion on explicit dates the
 * grammar left alone. Immutable and thread-safe: build once and share.
 */
public final class RuleBasedTemporalTagger implements TemporalTagger {
  private static final int CANCELLATION_POLL = 512;
  private final boolean nattyFallback;

  /**
   * The standard tagger, with Natty behind the grammar for machine timestamps and numeric date
   * chains it left alone (on TimeBank and AQUAINT the fallback changes no score; see the
   * evaluation's Natty ablation and {@code NattyFallbackTest}).
   */
  public RuleBasedTemporalTagger() {
    this(true);
  }

  /** @param nattyFallback whether Natty is consulted behind the project's own grammar */
  public RuleBasedTemporalTagger(boolean nattyFallback) {
    this.nattyFallback = nattyFallback;
    Lexicon.get(); // fail fast on broken rule data
  }

  public boolean nattyFallback() {
    return nattyFallback;
  }

  @Override
  public List<TemporalExpression> tag(
      String text,
      Optional<PublicationDate> published,
      ExtractionOptions options,
      Cancellation cancellation) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    TokenSequence tokens = TokenSequence.of(text);
    List<Draft> drafts = Titles.drop(tokens, recognise(tokens, cancellation));
    ClockDays.lend(tokens, drafts);
    RecurringTimes.mark(tokens, drafts);
    if (nattyFallback) {
      drafts = NattyFallback.timestamps(tokens, drafts, published, cancellation);
      drafts = NattyFallback.complete(tokens, drafts, published, cancellation);
    }
    drafts = AgeAnchors.addDrafts(tokens, drafts);
    drafts = EventDays.addDrafts(tokens, drafts);
    Resolver resolver = new Resolver(tokens, published, options);
    List<TemporalExpression> out = new ArrayList<>(drafts.size());
    for (int k = 0; k < drafts.size(); k++) {
      if (k % CANCELLATION_POLL == 0) {
        cancellation.check();
      }
      out.add(resolver.resolve(drafts.get(k)));
    }
    RestatedDates.apply(tokens, drafts, out);
    StoryDayTimes.apply(tokens, drafts, out, published, options);
    return List.copyOf(out);
  }

  /** Leftmost-longest matching, one pass over the tokens. */
  private static List<Draft> recognise(TokenSequence tokens, Cancellation cancellation) {
    Grammar grammar = new Grammar(tokens);
    List<Draft> drafts = new ArrayList<>();
    int i = 0;
    int n = tokens.size();
    while (i < n) {
      if ((i & 1023) == 0) {
        cancellation.check();
      }
      Draft d = grammar.match(i);
      if (d == null || d.end <= i) {
        i++;
        continue;
      }
      drafts.add(d);
      i = d.end;
      Draft range = grammar.rangeContinuation(d);
      if (range != null) {
        drafts.add(range);
        i = range.end;
      }
    }
    return drafts;
  }
}
