package dev.timeline.cli;

import dev.timeline.engine.eval.EvaluationPublisher;
import dev.timeline.engine.eval.EvaluationReport;
import dev.timeline.engine.eval.EvaluationRun;
import dev.timeline.engine.eval.Evaluator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code timeline eval}: TempEval-3 scores of the engine on TimeML corpora. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the engine on TimeML (.tml) corpora, each document's creation time as its"
          + " publication date, and prints TempEval-3 scores per corpus and overall.",
      "Example: timeline eval ../shared/corpora/tbaq/TimeBank ../shared/corpora/tbaq/AQUAINT"
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "CORPUS_DIR", description = "Directories of .tml files; each is scored as one corpus.")
  List<Path> corpora;

  @Option(names = "--no-natty", description = "Tagger without the Natty fallback (the ablation).")
  boolean noNatty;

  @Option(names = "--errors", description = "List every missed, spurious, wrongly valued or typed expression with its sentence.")
  boolean errors;

  @Option(names = "--per-document", description = "Add a table with a row per document.")
  boolean perDocument;

  @Option(names = "--no-events", description = "Run only the temporal tagger: no event scores, much faster.")
  boolean noEvents;

  @Option(
      names = "--publish",
      paramLabel = "MARKDOWN",
      description = "Re-measure the standard engine and the Natty ablation and rewrite the generated section (and the guard's figures) of this file, e.g. docs/evaluation.md.")
  Path publish;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path dir : corpora) {
      if (!Files.isDirectory(dir)) {
        err.println("timeline eval: not a directory: " + dir);
        return 2;
      }
    }
    EvaluationRun run;
    if (publish != null) {
      if (noNatty || noEvents) {
        err.println("timeline eval: --publish measures the standard engine; drop --no-natty/--no-events");
        return 2;
      }
      run = EvaluationPublisher.publish(publish, corpora, commandLine());
      out.println("Updated " + publish);
    } else {
      run = new Evaluator(new Evaluator.Settings(!noNatty, !noEvents)).evaluate(corpora);
    }
    out.print(new EvaluationReport(run, perDocument, errors).render());
    out.flush();
    return 0;
  }

  private String commandLine() {
    StringBuilder cmd = new StringBuilder("timeline eval");
    corpora.forEach(c -> cmd.append(' ').append(c));
    return cmd.append(" --publish ").append(publish).toString();
  }
}
