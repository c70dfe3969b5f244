package dev.timeline.cli;

import dev.timeline.client.chart.ChartOptions;
import dev.timeline.client.export.Article;
import dev.timeline.client.export.MergedTimeline;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code timeline chart}: draws saved responses without running the engine. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Draws saved timeline responses as an SVG, PNG or interactive HTML chart.",
      "Reads what 'timeline extract --format json' prints (one or more responses per file) or"
          + " 'timeline batch' writes (one per line; failed documents are skipped). Needs no"
          + " engine and no server."
    },
    footer = {
      "%nExamples:",
      "  timeline extract article.txt --published 2014-09-16 --format json > article.json",
      "  timeline chart --input article.json --chart article.svg --chart-theme dark",
      "  timeline chart --input a.json --input b.json --chart both.png --merge --chart-scale 2"
    })
final class ChartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-i", "--input"},
      paramLabel = "FILE",
      required = true,
      description = "A saved response file; repeat for several.")
  List<Path> inputs;

  @Option(
      names = "--chart",
      paramLabel = "FILE.svg|FILE.png|FILE.html",
      required = true,
      description = "Where to draw. With several responses and no --merge, each chart's name gets"
          + " the document id appended.")
  Path chart;

  @Option(
      names = "--merge",
      description = "One chart of all responses: a lane per article, an event two articles report"
          + " on the same date drawn once, naming both.")
  boolean merge;

  @Option(
      names = "--text",
      paramLabel = "FILE",
      description = "The articles' texts, one per response in order (optional): titles come from"
          + " their first lines and the HTML page highlights sentences in them.")
  List<Path> texts = List.of();

  @Mixin ChartFlags chartFlags;

  @Override
  public Integer call() throws IOException {
    ChartFlags.checkChartFile(spec.commandLine(), chart);
    ChartOptions options = chartFlags.options(spec.commandLine());
    List<ExtractTimelineResponse> responses = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.isRegularFile(input)) {
        throw new NoSuchFileException(input.toString());
      }
      SavedResponses.Read read = SavedResponses.read(input);
      responses.addAll(read.responses());
      if (read.failed() > 0) {
        spec.commandLine().getErr().println(
            input + ": skipped " + read.failed() + " failed document(s) of the batch");
      }
    }
    if (!texts.isEmpty() && texts.size() != responses.size()) {
      throw new ParameterException(spec.commandLine(), "--text: " + texts.size()
          + " text file(s) for " + responses.size() + " response(s); give one per response or none");
    }
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      String text = texts.isEmpty() ? "" : readText(texts.get(i));
      articles.add(Article.of(responses.get(i), text));
    }
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no successful response to draw");
    }
    if (merge || articles.size() == 1) {
      ChartFlags.write(spec.commandLine(), MergedTimeline.of(articles), options, chart);
      return 0;
    }
    Set<Path> written = new HashSet<>();
    for (int i = 0; i < articles.size(); i++) {
      String id = articles.get(i).documentId().isBlank() ? "response-" + (i + 1)
          : articles.get(i).documentId().replaceAll("[^\\p{L}\\p{N}._-]", "_");
      Path target = ChartFlags.suffixed(chart, id);
      if (!written.add(target)) { // two responses with one document id: keep both charts
        target = ChartFlags.suffixed(chart, id + "-" + (i + 1));
        written.add(target);
      }
      ChartFlags.write(spec.commandLine(), MergedTimeline.of(List.of(articles.get(i))), options,
          target);
    }
    return 0;
  }

  private static String readText(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
