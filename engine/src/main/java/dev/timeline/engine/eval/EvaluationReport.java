package dev.timeline.engine.eval;

import dev.timeline.engine.event.TemporalRelation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/** Renders an {@link EvaluationRun} as plain text for the terminal. */
public final class EvaluationReport {
  private final EvaluationRun run;
  private final boolean perDocument;
  private final boolean errors;

  /**
   * @param perDocument add a table with a row per document
   * @param errors list every missed, spurious, wrongly valued or typed expression in context
   */
  public EvaluationReport(EvaluationRun run, boolean perDocument, boolean errors) {
    this.run = run;
    this.perDocument = perDocument;
    this.errors = errors;
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    Evaluator.Settings s = run.settings();
    line(
        out,
        "Engine: tagger %s Natty fallback, %s",
        s.nattyFallback() ? "with" : "without",
        s.events() ? "whole pipeline (events scored)" : "tagger only (events not scored)");
    out.append('\n');
    timexTable(out);
    if (s.events()) {
      out.append('\n');
      eventTable(out);
      out.append('\n');
      anchorTables(out);
    }
    if (perDocument) {
      out.append('\n');
      documentTable(out);
    }
    if (errors) {
      out.append('\n');
      errorList(out);
    }
    out.append('\n');
    CorpusScore all = run.overall();
    double seconds = all.nanos() / 1e9;
    line(
        out,
        "Throughput: %.1f KB of text in %.2f s of per-document time = %.1f KB/s per thread (%s)",
        all.bytes() / 1024.0,
        seconds,
        seconds == 0 ? 0 : all.bytes() / 1024.0 / seconds,
        s.events() ? "whole pipeline" : "tagger");
    return out.toString();
  }

  private void timexTable(StringBuilder out) {
    line(out, "Temporal expressions (TempEval-3 TIMEX3, %%, micro-averaged, creation time excluded)");
    line(
        out,
        "%-12s %5s %6s %6s | %7s %6s %6s | %7s %6s %6s | %8s %7s",
        "corpus", "docs", "gold", "system", "strictP", "R", "F1", "relaxP", "R", "F1", "value F1",
        "type F1");
    for (CorpusScore c : run.tableRows()) {
      TimexCounts t = c.timex();
      PrecisionRecall strict = t.strictScore();
      PrecisionRecall relaxed = t.relaxedScore();
      line(
          out,
          "%-12s %5d %6d %6d | %7s %6s %6s | %7s %6s %6s | %8s %7s",
          c.name(), c.documents().size(), t.gold(), t.system(),
          pct(strict.precision()), pct(strict.recall()), pct(strict.f1()),
          pct(relaxed.precision()), pct(relaxed.recall()), pct(relaxed.f1()),
          pct(t.valueScore().f1()), pct(t.typeScore().f1()));
    }
  }

  private void eventTable(StringBuilder out) {
    line(out, "Events (EVENT triggers, %%, micro-averaged; attributes over relaxed matches)");
    line(
        out,
        "%-12s %6s %6s | %7s %6s %6s | %7s %6s %6s | %8s %8s %9s",
        "corpus", "gold", "system", "strictP", "R", "F1", "relaxP", "R", "F1", "class F1",
        "tense F1", "aspect F1");
    for (CorpusScore c : run.tableRows()) {
      EventCounts e = c.events();
      PrecisionRecall strict = e.strictScore();
      PrecisionRecall relaxed = e.relaxedScore();
      line(
          out,
          "%-12s %6d %6d | %7s %6s %6s | %7s %6s %6s | %8s %8s %9s",
          c.name(), e.gold(), e.system(),
          pct(strict.precision()), pct(strict.recall()), pct(strict.f1()),
          pct(relaxed.precision()), pct(relaxed.recall()), pct(relaxed.f1()),
          pct(e.classScore().f1()), pct(e.tenseScore().f1()), pct(e.aspectScore().f1()));
    }
  }

  private void anchorTables(StringBuilder out) {
    line(out, "Time anchoring (gold TLINKs, %%, micro-averaged; relation classes in the eval package-info)");
    line(
        out,
        "%-12s %6s %6s %6s | %7s %6s %6s | %8s %7s %8s %8s",
        "corpus", "links", "system", "unjudg", "anchorP", "R", "F1", "DCT gold", "judged",
        "accuracy", "coverage");
    for (CorpusScore c : run.tableRows()) {
      AnchorCounts a = c.anchors();
      RelationCounts total = a.expressionTotal();
      PrecisionRecall score = total.score();
      line(
          out,
          "%-12s %6d %6d %6d | %7s %6s %6s | %8d %7d %8s %8s",
          c.name(), total.gold(), total.system(), a.unjudged(),
          pct(score.precision()), pct(score.recall()), pct(score.f1()),
          a.publicationGold(), a.publicationJudged(),
          pct(a.publicationAccuracy()), pct(a.publicationCoverage()));
    }
    out.append('\n');
    line(out, "Event-to-expression anchoring by relation class (gold links found / system anchors right)");
    line(out, "%-12s %-11s %6s %6s %6s %6s | %6s %6s %6s",
        "corpus", "relation", "gold", "found", "system", "right", "P", "R", "F1");
    for (CorpusScore c : run.tableRows()) {
      AnchorCounts a = c.anchors();
      for (AnchorRelation r : AnchorRelation.values()) {
        RelationCounts n = a.relation(r);
        PrecisionRecall score = n.score();
        line(out, "%-12s %-11s %6d %6d %6d %6d | %6s %6s %6s",
            c.name(), r, n.gold(), n.found(), n.system(), n.correct(),
            pct(score.precision()), pct(score.recall()), pct(score.f1()));
      }
    }
    out.append('\n');
    line(out, "Relation to the creation time: gold class (rows) by engine class (columns), links whose event was found");
    line(out, "%-12s %-8s %7s %7s %7s %7s", "corpus", "gold", "BEFORE", "AFTER", "OVERLAP", "none");
    for (CorpusScore c : run.tableRows()) {
      AnchorCounts a = c.anchors();
      for (TemporalRelation gold : PUBLICATION_CLASSES) {
        line(out, "%-12s %-8s %7d %7d %7d %7d", c.name(), gold,
            a.publicationCount(gold, Optional.of(TemporalRelation.BEFORE)),
            a.publicationCount(gold, Optional.of(TemporalRelation.AFTER)),
            a.publicationCount(gold, Optional.of(TemporalRelation.OVERLAP)),
            a.publicationCount(gold, Optional.empty()));
      }
    }
  }

  private static final List<TemporalRelation> PUBLICATION_CLASSES =
      List.of(TemporalRelation.BEFORE, TemporalRelation.AFTER, TemporalRelation.OVERLAP);

  private void documentTable(StringBuilder out) {
    line(out, "Per document (TIMEX3 %%%s)", run.settings().events() ? "; events relaxed F1" : "");
    line(
        out,
        "%-12s %-28s %5s %5s | %6s %6s %8s %7s%s",
        "corpus", "document", "gold", "sys", "strict", "relax", "value F1", "type F1",
        run.settings().events() ? " | event F1" : "");
    for (CorpusScore c : run.corpora()) {
      for (DocumentScore d : c.documents()) {
        TimexCounts t = d.timex();
        line(
            out,
            "%-12s %-28s %5d %5d | %6s %6s %8s %7s%s",
            c.name(), d.documentId(), t.gold(), t.system(),
            pct(t.strictScore().f1()), pct(t.relaxedScore().f1()),
            pct(t.valueScore().f1()), pct(t.typeScore().f1()),
            run.settings().events() ? " | " + pct(d.events().relaxedScore().f1()) : "");
      }
    }
  }

  private void errorList(StringBuilder out) {
    List<TimexError> all =
        run.corpora().stream()
            .flatMap(c -> c.documents().stream())
            .flatMap(d -> d.errors().stream())
            .toList();
    Map<TimexError.Kind, Long> byKind = new EnumMap<>(TimexError.Kind.class);
    all.forEach(e -> byKind.merge(e.kind(), 1L, Long::sum));
    line(out, "Errors (%d; %s): gold vs system, the sentence around each", all.size(), byKind);
    for (TimexError e : all) {
      String gold = e.gold().map(g -> describe(g.text(), g.type(), g.value(), g.mod())).orElse("-");
      String system =
          e.system()
              .map(x -> describe(x.text(), x.type().name(), x.value(), modOf(x.modifier().timeml())))
              .orElse("-");
      line(out, "%-8s %s  gold %s  system %s", e.kind(), e.documentId(), gold, system);
      line(out, "         %s", e.context());
    }
    if (run.settings().events()) {
      anchorErrorList(out);
    }
  }

  private void anchorErrorList(StringBuilder out) {
    List<AnchorError> all =
        run.corpora().stream()
            .flatMap(c -> c.documents().stream())
            .flatMap(d -> d.anchorErrors().stream())
            .toList();
    Map<AnchorError.Kind, Long> byKind = new EnumMap<>(AnchorError.Kind.class);
    all.forEach(e -> byKind.merge(e.kind(), 1L, Long::sum));
    out.append('\n');
    line(out, "Anchoring errors (%d; %s): gold vs engine, the event's sentence", all.size(), byKind);
    for (AnchorError e : all) {
      line(out, "%-13s %s  gold %s  engine %s", e.kind(), e.documentId(), e.gold(), e.system());
      line(out, "              %s", e.context());
    }
  }

  private static String modOf(String timeml) {
    return timeml == null ? "" : timeml;
  }

  private static String describe(String text, String type, String value, String mod) {
    return "\"" + text.replace('\n', ' ') + "\" " + type + " " + value
        + (mod.isEmpty() ? "" : " " + mod);
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.2f", share * 100);
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
