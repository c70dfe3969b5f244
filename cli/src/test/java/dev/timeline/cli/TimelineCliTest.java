package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.server.TimelineServer;
import dev.timeline.server.TimelineServerMain;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineCliTest {
  private static final String SEED =
      Path.of(System.getProperty("timeline.testdata"), "russia-isis-2014.txt").toString();

  @TempDir Path dir;

  @Test
  void extractPrintsTheTimelineAndTheExpressionsAsTables() {
    CliRun run = CliRun.of("extract", SEED, "--published", "2014-09-16");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty(); // no logging noise
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("russia-isis-2014.txt · published 2014-09-16 · ");
    int timeline = lines.indexOf("Timeline");
    int expressions = lines.indexOf("Temporal expressions");
    assertThat(timeline).isPositive().isLessThan(expressions);
    assertThat(lines.get(timeline + 1)).matches("  #\\s+DATE\\s+VALUE\\s+EVENT");
    assertThat(lines.get(expressions + 1)).matches("  TEXT\\s+TYPE\\s+VALUE\\s+MOD\\s+RESOLUTION");
    // The tagger resolves "On Sunday" (past tense, published Tuesday 16 September) to the 14th:
    // a timeline row shows the reader's date and the TIMEX3 value, the expressions list the word.
    assertThat(lines.subList(timeline, expressions))
        .anySatisfy(l -> assertThat(l).contains("14 September 2014").contains("2014-09-14"));
    assertThat(lines.subList(expressions, lines.size()))
        .anySatisfy(l -> assertThat(l).startsWith("  Sunday").contains("2014-09-14"));
  }

  @Test
  void extractJsonIsTheResponsesProtoJson() throws Exception {
    CliRun run = CliRun.of("extract", SEED, "--published", "2014-09-16", "--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    ExtractTimelineResponse.Builder r = ExtractTimelineResponse.newBuilder();
    JsonFormat.parser().merge(run.out(), r);
    assertThat(r.getDocumentId()).isEqualTo("russia-isis-2014.txt");
    assertThat(r.getTimeline().getPublicationDate()).startsWith("2014-09-16");
    assertThat(r.getSentencesCount()).isGreaterThan(10);
    assertThat(r.getTemporalExpressionsList()).anySatisfy(t -> assertThat(t.getValue()).isEqualTo("2014-09-14"));
  }

  @Test
  void extractWritesSvgAndPngCharts() throws Exception {
    Path svg = dir.resolve("seed.svg");
    Path png = dir.resolve("seed.png");
    assertThat(CliRun.of("extract", SEED, "--published", "2014-09-16", "--chart", svg.toString()).status()).isZero();
    CliRun pngRun = CliRun.of("extract", SEED, "--published", "2014-09-16", "--chart", png.toString(), "--chart-width", "900");
    assertThat(pngRun.status()).isZero();
    assertThat(pngRun.err()).contains("chart written to " + png);

    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var doc = factory.newDocumentBuilder().parse(svg.toFile());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(Files.readString(svg)).contains("Russia Considers Joining the Fight Against ISIS");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(900);
  }

  @Test
  void severalFilesGiveOneResponseAndOneChartEach() throws Exception {
    Path a = Files.copy(Path.of(SEED), dir.resolve("a.txt"));
    Path b = Files.writeString(dir.resolve("b.txt"), "Lavrov spoke on Sunday.");
    CliRun run = CliRun.of(
        "extract", a.toString(), b.toString(), "--published", "2014-09-16", "--format", "json",
        "--chart", dir.resolve("chart.png").toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<String> ids = new java.util.ArrayList<>();
    new com.google.gson.JsonStreamParser(run.out())
        .forEachRemaining(j -> ids.add(j.getAsJsonObject().get("documentId").getAsString()));
    assertThat(ids).containsExactly("a.txt", "b.txt");
    assertThat(dir.resolve("chart-a.png")).isRegularFile();
    assertThat(dir.resolve("chart-b.png")).isRegularFile();
  }

  @Test
  void exportToStdoutReplacesTheTable() {
    CliRun run = CliRun.of("extract", SEED, "--published", "2014-09-16", "--export", "timelinejs");
    assertThat(run.status()).as(run.err()).isZero();
    var json = com.google.gson.JsonParser.parseString(run.out()).getAsJsonObject();
    var events = json.getAsJsonArray("events");
    assertThat(events).hasSize(9); // the seed's dated entries
    assertThat(events).anySatisfy(e -> {
      var start = e.getAsJsonObject().getAsJsonObject("start_date");
      assertThat(start.has("day")).isTrue(); // year-only entries carry no month or day
      assertThat(start.get("year").getAsString()).isEqualTo("2014");
      assertThat(start.get("month").getAsString()).isEqualTo("9");
      assertThat(start.get("day").getAsString()).isEqualTo("14");
    });
    assertThat(run.out()).doesNotContain("Temporal expressions");
  }

  @Test
  void severalFilesExportOneMergedTimelineAndOneMergedPage() throws Exception {
    Path a = Files.copy(Path.of(SEED), dir.resolve("a.txt"));
    Path b = Files.writeString(dir.resolve("b.txt"), "Kadyrov was elected head of state in 2007.");
    Path ics = dir.resolve("out.ics");
    Path page = dir.resolve("both.html");
    CliRun run = CliRun.of(
        "extract", a.toString(), b.toString(), "--published", "2014-09-16", "--export", "ics",
        "--export-file", ics.toString(), "--chart", page.toString(), "--merge");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("ical export written to " + ics).contains("chart written to " + page);
    String calendar = Files.readString(ics);
    assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20140914");
    assertThat(page).isRegularFile();
    assertThat(dir.resolve("both-a.html")).doesNotExist();
    assertThat(Files.readString(page)).contains("a.txt").contains("b.txt");
  }

  @Test
  void unknownExportFormatIsAUsageError() {
    CliRun run = CliRun.of("extract", SEED, "--published", "2014-09-16", "--export", "pdf");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("unknown export format 'pdf'").contains("timelinejs");
  }

  @Test
  void batchRoundTripKeepsGoingPastABadLine() throws Exception {
    Path input = dir.resolve("docs.jsonl");
    Path output = dir.resolve("out.jsonl");
    String seed = Files.readString(Path.of(SEED));
    Files.writeString(
        input,
        String.join(
            "\n",
            "{\"id\": \"seed\", \"text\": " + quote(seed) + ", \"published\": \"2014-09-16\"}",
            "{\"id\": \"broken\", \"text\": ",
            "{\"id\": \"short\", \"text\": \"Lavrov spoke on Sunday.\", \"published\": \"2014-09-16\"}",
            "{\"id\": \"bad-date\", \"text\": \"Rain on Monday.\", \"published\": \"2014-02-30\"}",
            "",
            "{\"id\": \"number\", \"text\": 42, \"published\": \"2014-09-16\"}"),
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("batch", "--input", input.toString(), "--output", output.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("5 documents, 2 ok, 3 failed");

    List<BatchExtractTimelineResponse> lines = Files.readAllLines(output).stream().map(TimelineCliTest::parse).toList();
    assertThat(lines).hasSize(5);
    BatchExtractTimelineResponse number =
        lines.stream().filter(l -> l.getDocumentId().equals("number")).findFirst().orElseThrow();
    assertThat(number.getSequence()).isEqualTo(5); // the blank line 5 counts, and is skipped
    assertThat(number.getError().getFieldViolations(0).getField()).isEqualTo("text");
    assertThat(lines).filteredOn(BatchExtractTimelineResponse::hasResult)
        .extracting(BatchExtractTimelineResponse::getDocumentId)
        .containsExactlyInAnyOrder("seed", "short");
    BatchExtractTimelineResponse broken =
        lines.stream().filter(l -> l.getSequence() == 1).findFirst().orElseThrow();
    assertThat(broken.getError().getMessage()).startsWith("line 2 is not a JSON object");
    BatchExtractTimelineResponse badDate =
        lines.stream().filter(l -> l.getDocumentId().equals("bad-date")).findFirst().orElseThrow();
    assertThat(badDate.getSequence()).isEqualTo(3);
    assertThat(badDate.getError().getFieldViolationsList())
        .anySatisfy(v -> assertThat(v.getField()).isEqualTo("publication_date.date"));
    BatchExtractTimelineResponse seedResult =
        lines.stream().filter(l -> l.getDocumentId().equals("seed")).findFirst().orElseThrow();
    assertThat(seedResult.getSequence()).isZero();
    assertThat(seedResult.getResult().getTemporalExpressionsList())
        .anySatisfy(t -> assertThat(t.getValue()).isEqualTo("2014-09-14"));
  }

  @Test
  void extractTalksToARunningServerWithTarget() throws Exception {
    TimelineServer server = TimelineServerMain.start("--port", "0");
    try {
      CliRun run = CliRun.of(
          "extract", SEED, "--published", "2014-09-16", "--format", "json",
          "--target", "localhost:" + server.port());
      assertThat(run.status()).as(run.err()).isZero();
      ExtractTimelineResponse.Builder r = ExtractTimelineResponse.newBuilder();
      JsonFormat.parser().merge(run.out(), r);
      assertThat(r.getDocumentId()).isEqualTo("russia-isis-2014.txt");
      assertThat(r.getTimeline().getEntriesCount()).isPositive();
    } finally {
      server.stop();
    }
  }

  @Test
  void serveDelegatesToTheServerMain() {
    assertThat(CliRun.of("serve", "--help").status()).isZero();
    assertThat(CliRun.of("serve", "--no-such-option").status()).isEqualTo(TimelineCli.USAGE);
  }

  @Test
  void unknownFileFailsWithOneLine() {
    CliRun run = CliRun.of("extract", dir.resolve("missing.txt").toString(), "--published", "2014-09-16");
    assertThat(run.status()).isEqualTo(TimelineCli.FAILED);
    assertThat(run.err()).startsWith("timeline extract: no such file: ").hasLineCount(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badDateIsAUsageErrorWithOneLine() {
    CliRun run = CliRun.of("extract", SEED, "--published", "2014-13-01");
    assertThat(run.status()).isEqualTo(TimelineCli.USAGE);
    assertThat(run.err()).contains("'2014-13-01' is not a date; expected YYYY-MM-DD").hasLineCount(1);
  }

  @Test
  void invalidArgumentShowsTheFieldViolations() {
    CliRun run = CliRun.of("extract", SEED, "--published", "2014-09-16", "--zone", "Mars/Olympus", "--time", "25:61");
    assertThat(run.status()).isEqualTo(TimelineCli.FAILED);
    assertThat(run.err())
        .startsWith("timeline extract: INVALID_ARGUMENT")
        .contains("publication_date.time_zone")
        .contains("publication_date.time:")
        .hasLineCount(1);
    CliRun noDate = CliRun.of("extract", SEED);
    assertThat(noDate.status()).isEqualTo(TimelineCli.FAILED);
    assertThat(noDate.err()).contains("publication_date.date").hasLineCount(1);
  }

  @Test
  void unreachableServerFailsWithOneLine() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    CliRun run = CliRun.of("extract", SEED, "--published", "2014-09-16", "--target", "127.0.0.1:" + port);
    assertThat(run.status()).isEqualTo(TimelineCli.FAILED);
    assertThat(run.err())
        .startsWith("timeline extract: cannot reach a timeline server at 127.0.0.1:" + port + " (")
        .hasLineCount(1);
  }

  @Test
  void missingCommandIsAUsageError() {
    CliRun run = CliRun.of();
    assertThat(run.status()).isEqualTo(TimelineCli.USAGE);
    assertThat(run.err()).isEqualTo("timeline: Missing a command (see 'timeline --help')" + System.lineSeparator());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "extract", "batch", "eval"})
  void everyCommandHasHelp(String command) {
    CliRun run = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: timeline" + (command.isEmpty() ? "" : " " + command));
  }

  private static BatchExtractTimelineResponse parse(String json) {
    try {
      BatchExtractTimelineResponse.Builder b = BatchExtractTimelineResponse.newBuilder();
      JsonFormat.parser().merge(json, b);
      return b.build();
    } catch (IOException e) {
      throw new AssertionError(json, e);
    }
  }

  private static String quote(String s) {
    return new com.google.gson.Gson().toJson(s);
  }
}
