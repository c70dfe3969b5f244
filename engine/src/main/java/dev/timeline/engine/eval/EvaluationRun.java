package dev.timeline.engine.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The scores of one evaluation: each corpus, and all of them together. */
public record EvaluationRun(Evaluator.Settings settings, List<CorpusScore> corpora) {
  public EvaluationRun {
    Objects.requireNonNull(settings, "settings");
    corpora = List.copyOf(corpora);
  }

  public CorpusScore overall() {
    return CorpusScore.combine("overall", corpora);
  }

  /** The rows of a summary table: each corpus, then the overall sum when there are several. */
  public List<CorpusScore> tableRows() {
    return corpora.size() < 2
        ? corpora
        : Stream.concat(corpora.stream(), Stream.of(overall())).toList();
  }

  /**
   * The F1 scores as {@code corpus.metric} → percent (two decimals), e.g. {@code
   * timebank.timex.value.f1}; the corpora and {@code overall}. Event and anchoring metrics only
   * when events were run. Precision and recall stay out: trading one for the other is no
   * regression. This is what {@code docs/evaluation.md} publishes and the regression guard
   * checks.
   */
  public Map<String, Double> metrics() {
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (CorpusScore c : corpora) {
      putMetrics(metrics, c.key(), c);
    }
    if (corpora.size() > 1) {
      putMetrics(metrics, "overall", overall());
    }
    return metrics;
  }

  private void putMetrics(Map<String, Double> metrics, String key, CorpusScore c) {
    TimexCounts t = c.timex();
    metrics.put(key + ".timex.strict.f1", percent(t.strictScore().f1()));
    metrics.put(key + ".timex.relaxed.f1", percent(t.relaxedScore().f1()));
    metrics.put(key + ".timex.value.f1", percent(t.valueScore().f1()));
    metrics.put(key + ".timex.type.f1", percent(t.typeScore().f1()));
    if (settings.events()) {
      EventCounts e = c.events();
      metrics.put(key + ".event.strict.f1", percent(e.strictScore().f1()));
      metrics.put(key + ".event.relaxed.f1", percent(e.relaxedScore().f1()));
      metrics.put(key + ".event.class.f1", percent(e.classScore().f1()));
      AnchorCounts a = c.anchors();
      metrics.put(key + ".anchor.timex.f1", percent(a.expressionScore().f1()));
      metrics.put(key + ".anchor.dct.accuracy", percent(a.publicationAccuracy()));
    }
  }

  /** A share as a percentage rounded to two decimals, as published. */
  public static double percent(double share) {
    return Math.round(share * 10_000) / 100.0;
  }
}
