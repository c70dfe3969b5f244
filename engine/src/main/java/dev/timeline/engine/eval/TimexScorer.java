package dev.timeline.engine.eval;

import dev.timeline.engine.Span;
import dev.timeline.engine.temporal.TemporalExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scores a system's temporal expressions against a document's gold TIMEX3s (DCT excluded). */
public final class TimexScorer {
  private TimexScorer() {}

  /** Counts and errors of one document. */
  public record Result(TimexCounts counts, List<TimexError> errors) {
    public Result {
      errors = List.copyOf(errors);
    }
  }

  public static Result score(TimeMlDocument doc, List<TemporalExpression> system) {
    List<GoldTimex> gold = doc.scoredTimexes();
    SpanAlignment alignment =
        SpanAlignment.align(
            gold.stream().map(GoldTimex::span).toList(),
            system.stream().map(TemporalExpression::span).toList());
    List<TimexError> errors = new ArrayList<>();
    long value = 0;
    long type = 0;
    for (SpanAlignment.Match m : alignment.matches()) {
      GoldTimex g = gold.get(m.gold());
      TemporalExpression s = system.get(m.system());
      boolean valueRight = g.value().equals(s.value());
      boolean typeRight = g.type().equals(s.type().name());
      value += valueRight ? 1 : 0;
      type += typeRight ? 1 : 0;
      if (!valueRight) {
        errors.add(error(TimexError.Kind.VALUE, doc, g, s));
      }
      if (!typeRight) {
        errors.add(error(TimexError.Kind.TYPE, doc, g, s));
      }
      if (valueRight && typeRight && !m.exact()) {
        errors.add(error(TimexError.Kind.EXTENT, doc, g, s));
      }
    }
    for (int g : alignment.missed()) {
      errors.add(error(TimexError.Kind.MISSED, doc, gold.get(g), null));
    }
    for (int s : alignment.spurious()) {
      errors.add(error(TimexError.Kind.SPURIOUS, doc, null, system.get(s)));
    }
    errors.sort(
        (a, b) -> Integer.compare(position(a), position(b)));
    TimexCounts counts =
        new TimexCounts(
            gold.size(),
            system.size(),
            alignment.strictMatches(),
            alignment.relaxedMatches(),
            value,
            type);
    return new Result(counts, errors);
  }

  private static TimexError error(
      TimexError.Kind kind, TimeMlDocument doc, GoldTimex gold, TemporalExpression system) {
    Span where = gold != null ? gold.span() : system.span();
    return new TimexError(
        kind,
        doc.id(),
        Optional.ofNullable(gold),
        Optional.ofNullable(system),
        SentenceContext.around(doc.text(), where));
  }

  private static int position(TimexError e) {
    return e.gold().map(g -> g.span().begin()).orElseGet(() -> e.system().get().span().begin());
  }
}
