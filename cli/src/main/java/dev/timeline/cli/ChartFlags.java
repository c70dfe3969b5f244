package dev.timeline.cli;

import dev.timeline.client.chart.AxisLayout;
import dev.timeline.client.chart.ChartLanes;
import dev.timeline.client.chart.ChartOptions;
import dev.timeline.client.chart.ChartTheme;
import dev.timeline.client.chart.TimelineChart;
import dev.timeline.client.export.MergedTimeline;
import dev.timeline.client.html.TimelinePage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The chart options shared by {@code timeline extract} and {@code timeline chart}, and the one
 * place that writes a chart file: SVG, PNG or interactive HTML by the file's extension.
 */
final class ChartFlags {
  @Option(
      names = "--chart-layout",
      paramLabel = "auto|proportional|sequence",
      description = "Time axis (default auto: sequence when dates crowd, else proportional).")
  String layout = "auto";

  @Option(
      names = "--chart-lanes",
      paramLabel = "auto|none|article|actor|class",
      description = "Group marks into lanes: per article, per actor (the headline's subject),"
          + " per event class; default auto: article with --merge, else none (an .html page:"
          + " its own, per class or per article).")
  String lanes = "auto";

  @Option(
      names = "--chart-theme",
      paramLabel = "light|dark",
      description = "Colours of the chart and page (default light).")
  String theme = "light";

  @Option(
      names = "--chart-width",
      paramLabel = "PIXELS",
      description = "Chart width, 480 to 20000 (default 1200); the height follows the content.")
  int width = 1200;

  @Option(
      names = "--chart-scale",
      paramLabel = "FACTOR",
      description = "PNG pixels per chart pixel, 0.5 to 4 (default 1; 2 for print and"
          + " high-density screens). SVG and HTML are vector.")
  double scale = 1;

  @Option(
      names = "--chart-title",
      paramLabel = "TEXT",
      description = "Chart title (default: the article's first line, the document id, or"
          + " \"Timeline of N articles\").")
  String title = "";

  /** The options as the client library takes them; a bad value is a usage error. */
  ChartOptions options(CommandLine cli) {
    try {
      return new ChartOptions(title, width, axisLayout(), ChartTheme.fromName(theme),
          ChartLanes.fromName(lanes), scale);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--chart-*: " + e.getMessage());
    }
  }

  private AxisLayout axisLayout() {
    try {
      return AxisLayout.valueOf(layout.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--chart-layout must be auto, proportional or sequence: " + layout);
    }
  }

  /** Fails unless the chart file ends in .svg, .png or .html. */
  static void checkChartFile(CommandLine cli, Path chart) {
    String name = chart.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(name.endsWith(".svg") || name.endsWith(".png") || name.endsWith(".html"))) {
      throw new CommandLine.ParameterException(
          cli, "--chart must end in .svg, .png or .html: " + chart);
    }
  }

  /** Writes the chart of {@code timeline} to {@code file} and says so on stderr. */
  static void write(CommandLine cli, MergedTimeline timeline, ChartOptions options, Path file)
      throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".html")) {
      Files.writeString(file, TimelinePage.render(timeline, options.theme(), options.lanes()),
          StandardCharsets.UTF_8);
    } else {
      TimelineChart.of(timeline, options).write(file);
    }
    cli.getErr().println("chart written to " + file);
  }

  /** chart.svg + article.txt = chart-article.svg: one chart per input. */
  static Path suffixed(Path chart, String input) {
    String name = chart.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = Path.of(input).getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return chart.resolveSibling(name.substring(0, dot) + "-" + stem + name.substring(dot));
  }
}
