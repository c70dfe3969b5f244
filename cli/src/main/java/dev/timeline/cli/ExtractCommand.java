package dev.timeline.cli;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import dev.timeline.client.TimelineClient;
import dev.timeline.client.TimelineException;
import dev.timeline.client.chart.ChartOptions;
import dev.timeline.client.export.Article;
import dev.timeline.client.export.ExportFormat;
import dev.timeline.client.export.MergedTimeline;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.PublicationDate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code timeline extract}: the timeline of one or more text files. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Extracts the timeline and temporal expressions of text files.",
      "Prints a table (or JSON) per FILE and optionally draws a chart. Runs the service"
          + " in-process unless --target names a server."
    },
    footer = {
      "%nExample:",
      "  timeline extract article.txt --published 2014-09-16 --chart timeline.svg"
    })
final class ExtractCommand implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files, one document each.")
  List<Path> files;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Publication date, YYYY-MM-DD. Required in news mode.")
  LocalDate published;

  @Option(names = "--time", paramLabel = "HH:MM", description = "Publication time of day.")
  String time;

  @Option(names = "--zone", paramLabel = "ZONE", description = "IANA time zone, e.g. Europe/Moscow.")
  String zone;

  @Mixin RequestOptions request;

  @Option(
      names = "--format",
      paramLabel = "table|json",
      description = "table (default): readable tables; json: the response's proto JSON, one per file.")
  Format format = Format.table;

  @Option(names = "--target", paramLabel = "HOST:PORT", description = "A running timeline server; default: in-process.")
  String target;

  @Option(
      names = "--chart",
      paramLabel = "FILE.svg|FILE.png|FILE.html",
      description =
          "Also draw the timeline to this .svg, .png or interactive .html file. With several FILEs,"
              + " each chart's name gets the input's name appended, unless --merge.")
  Path chart;

  @Mixin ChartFlags chartFlags;

  @Option(
      names = "--export",
      paramLabel = "FORMAT",
      description =
          "Also export the timeline: timelinejs, vis, vega-lite, csv or ics. With several FILEs"
              + " the export holds one merged timeline (a lane per article).")
  String export;

  @Option(
      names = "--export-file",
      paramLabel = "FILE",
      description = "Where --export writes (default: standard output, instead of the table).")
  Path exportFile;

  @Option(
      names = "--merge",
      description = "With several FILEs: one --chart of all of them (a lane per article; an event"
          + " two articles report on the same date drawn once, naming both).")
  boolean merge;

  @Option(names = "--deadline", paramLabel = "SECONDS", description = "Per-document deadline (default 30).")
  long deadlineSeconds = 30;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ChartOptions chartOptions = chartFlags.options(spec.commandLine());
    if (chart != null) {
      ChartFlags.checkChartFile(spec.commandLine(), chart);
    }
    ExportFormat exportFormat = null;
    if (export != null) {
      try {
        exportFormat = ExportFormat.fromName(export);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    boolean exportToStdout = exportFormat != null && exportFile == null;
    List<Article> articles = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Path file : files) { // read everything first: a typo fails before the engine loads
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString());
      }
      texts.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    try (Connection connection = Connection.open(target, Duration.ofSeconds(deadlineSeconds))) {
      TimelineClient client = connection.client();
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        ExtractTimelineRequest req = request(file.getFileName().toString(), texts.get(i));
        ExtractTimelineResponse response;
        try {
          response = client.extract(req);
        } catch (TimelineException e) {
          throw connection.explain(e);
        }
        articles.add(Article.of(response, texts.get(i)));
        if (exportToStdout) {
          // the export is the output
        } else if (format == Format.json) {
          out.println(json(response));
        } else {
          if (i > 0) {
            out.println();
          }
          ResponseTable.print(out, file.getFileName().toString(), publishedText(), response);
        }
        out.flush();
      }
    }
    MergedTimeline merged = MergedTimeline.of(articles);
    if (chart != null && (merge || articles.size() == 1)) {
      ChartFlags.write(spec.commandLine(), merged, chartOptions, chart);
    } else if (chart != null) {
      for (int i = 0; i < articles.size(); i++) {
        ChartFlags.write(spec.commandLine(), MergedTimeline.of(List.of(articles.get(i))),
            chartOptions, ChartFlags.suffixed(chart, files.get(i).toString()));
      }
    }
    if (exportFormat != null) {
      String exported = exportFormat.export().export(merged);
      if (exportToStdout) {
        out.print(exported);
        out.flush();
      } else {
        Files.writeString(exportFile, exported, StandardCharsets.UTF_8);
        spec.commandLine().getErr().println(exportFormat.cliName() + " export written to " + exportFile);
      }
    }
    return 0;
  }

  private ExtractTimelineRequest request(String id, String text) {
    ExtractTimelineRequest.Builder b =
        ExtractTimelineRequest.newBuilder().setDocumentId(id).setText(text).setOptions(request.proto());
    if (published != null || time != null || zone != null) {
      PublicationDate.Builder p = PublicationDate.newBuilder();
      if (published != null) {
        p.setDate(published.toString());
      }
      if (time != null) {
        p.setTime(time);
      }
      if (zone != null) {
        p.setTimeZone(zone);
      }
      b.setPublicationDate(p);
    }
    return b.build();
  }

  private String publishedText() {
    String s = published == null ? "(no date)" : published.toString();
    if (time != null) {
      s += " " + time;
    }
    if (zone != null) {
      s += " " + zone;
    }
    return s;
  }

  static String json(ExtractTimelineResponse response) {
    try {
      return JsonFormat.printer().print(response);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e); // only Any fields with unknown types fail; we have none
    }
  }
}
