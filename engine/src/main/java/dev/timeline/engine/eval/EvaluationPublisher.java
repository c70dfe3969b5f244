package dev.timeline.engine.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Re-measures and rewrites the generated section of {@code docs/evaluation.md}: the standard
 * configuration's scores (which the regression guard then holds the build to) and the Natty
 * ablation.
 */
public final class EvaluationPublisher {
  private EvaluationPublisher() {}

  /**
   * @param command the command line to quote as the way to reproduce the figures
   * @return the standard run, for printing
   */
  public static EvaluationRun publish(Path markdownFile, List<Path> corpusDirs, String command) {
    EvaluationRun standard = new Evaluator(Evaluator.Settings.STANDARD).evaluate(corpusDirs);
    EvaluationRun withoutNatty = new Evaluator(new Evaluator.Settings(false, false)).evaluate(corpusDirs);
    try {
      String markdown = Files.readString(markdownFile, StandardCharsets.UTF_8);
      String updated =
          PublishedFigures.replaceSection(markdown, section(standard, withoutNatty, command));
      Files.writeString(markdownFile, updated, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update " + markdownFile, e);
    }
    return standard;
  }

  static String section(EvaluationRun standard, EvaluationRun withoutNatty, String command) {
    StringBuilder out = new StringBuilder();
    out.append(PublishedFigures.SECTION_BEGIN).append('\n');
    out.append("Measured on ")
        .append(LocalDate.now(ZoneOffset.UTC))
        .append(" with `")
        .append(command)
        .append("` (generated; do not edit by hand).\n\n");
    out.append("**Temporal expressions** (TempEval-3 TIMEX3 scores in %, micro-averaged, ")
        .append("creation time excluded; standard engine, Natty fallback on)\n\n");
    out.append("| corpus | docs | gold | system | strict P | strict R | strict F1 ")
        .append("| relaxed P | relaxed R | relaxed F1 | value F1 | type F1 |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (CorpusScore c : standard.tableRows()) {
      TimexCounts t = c.timex();
      out.append(
          row(
              c.name(), c.documents().size(), t.gold(), t.system(),
              t.strictScore().precision(), t.strictScore().recall(), t.strictScore().f1(),
              t.relaxedScore().precision(), t.relaxedScore().recall(), t.relaxedScore().f1(),
              t.valueScore().f1(), t.typeScore().f1()));
    }
    out.append("\n**Events** (EVENT triggers in %; class F1 = class accuracy × relaxed F1)\n\n");
    out.append("| corpus | gold | system | strict F1 | relaxed F1 | class F1 | tense F1 | aspect F1 |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (CorpusScore c : standard.tableRows()) {
      EventCounts e = c.events();
      out.append(
          row(
              c.name(), e.gold(), e.system(),
              e.strictScore().f1(), e.relaxedScore().f1(), e.classScore().f1(),
              e.tenseScore().f1(), e.aspectScore().f1()));
    }
    out.append("\n**Time anchoring** (gold TLINKs in %; relation classes, judging and DCT ")
        .append("classes as defined in `engine/src/main/java/dev/timeline/engine/eval/")
        .append("package-info.java`; DCT accuracy over links whose event was found)\n\n");
    out.append("| corpus | gold links | system | unjudged | anchor P | anchor R | anchor F1 ")
        .append("| DCT links | DCT judged | DCT accuracy | DCT coverage |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (CorpusScore c : standard.tableRows()) {
      AnchorCounts a = c.anchors();
      RelationCounts total = a.expressionTotal();
      PrecisionRecall score = total.score();
      out.append(
          row(
              c.name(), total.gold(), total.system(), a.unjudged(),
              score.precision(), score.recall(), score.f1(),
              a.publicationGold(), a.publicationJudged(),
              a.publicationAccuracy(), a.publicationCoverage()));
    }
    out.append("\n**Natty ablation** (tagger only, TIMEX3 F1 in %)\n\n");
    out.append("| corpus | relaxed F1 with Natty | relaxed F1 without | value F1 with Natty ")
        .append("| value F1 without |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    List<CorpusScore> with = standard.tableRows();
    List<CorpusScore> without = withoutNatty.tableRows();
    for (int i = 0; i < with.size(); i++) {
      TimexCounts a = with.get(i).timex();
      TimexCounts b = without.get(i).timex();
      out.append(
          row(
              with.get(i).name(),
              a.relaxedScore().f1(), b.relaxedScore().f1(),
              a.valueScore().f1(), b.valueScore().f1()));
    }
    CorpusScore all = standard.overall();
    out.append(
        String.format(
            Locale.ROOT,
            "%nThroughput during this run (information, not guarded): %.1f KB/s per thread over "
                + "%.1f KB (whole pipeline; see docs/benchmarks.md for the real measurement).%n%n",
            all.nanos() == 0 ? 0 : all.bytes() / 1024.0 / (all.nanos() / 1e9),
            all.bytes() / 1024.0));
    out.append("The regression guard (`EvaluationRegressionTest`) fails when any of these ")
        .append("falls:\n\n");
    Map<String, Double> metrics = standard.metrics();
    out.append(PublishedFigures.guardBlock(metrics));
    out.append(PublishedFigures.SECTION_END);
    return out.toString();
  }

  /** A table row: integers as they are, other numbers as percentages. */
  private static String row(String name, Object... cells) {
    StringBuilder out = new StringBuilder("| ").append(name).append(' ');
    for (Object cell : cells) {
      out.append("| ")
          .append(
              cell instanceof Double d
                  ? String.format(Locale.ROOT, "%.2f", d * 100)
                  : String.valueOf(cell))
          .append(' ');
    }
    return out.append("|\n").toString();
  }
}
