package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.TimelineEntry;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code timeline chart} through the real CLI entry point, on responses the CLI saved. */
class ChartCommandTest {
  private static final Path SEED =
      Path.of(System.getProperty("timeline.testdata"), "russia-isis-2014.txt");

  @TempDir static Path saved;
  private static Path seedJson;
  private static ExtractTimelineResponse seed;
  private static Path twoJson;

  @TempDir Path dir;

  /** The engine runs here only: everything after reads the saved JSON. */
  @BeforeAll
  static void saveResponses() throws Exception {
    CliRun one = CliRun.of("extract", SEED.toString(), "--published", "2014-09-16", "--format", "json");
    assertThat(one.status()).as(one.err()).isZero();
    seedJson = Files.writeString(saved.resolve("seed.json"), one.out());
    ExtractTimelineResponse.Builder b = ExtractTimelineResponse.newBuilder();
    JsonFormat.parser().merge(one.out(), b);
    seed = b.build();

    Path a = Files.writeString(saved.resolve("a.txt"),
        "Lavrov asked the nations to comply on Sunday. Kadyrov was elected head of state in 2007.");
    Path c = Files.writeString(saved.resolve("b.txt"),
        "Kadyrov was elected head of state in 2007, officials said on Monday.");
    CliRun two = CliRun.of("extract", a.toString(), c.toString(), "--published", "2014-09-16",
        "--format", "json");
    assertThat(two.status()).as(two.err()).isZero();
    twoJson = Files.writeString(saved.resolve("two.json"), two.out());
  }

  private static long dated(ExtractTimelineResponse r) {
    return r.getTimeline().getEntriesList().stream().filter(TimelineEntry::getDated).count();
  }

  private static Document svg(Path file) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  /** The {@code data-lane} (or {@code data-item}) values of the rects of a class. */
  private static List<String> rects(Document doc, String cssClass, String attribute) {
    NodeList nodes = doc.getElementsByTagNameNS("*", "rect");
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (cssClass.equals(e.getAttribute("class"))) {
        values.add(e.getAttribute(attribute));
      }
    }
    return values;
  }

  @Test
  void drawsASavedResponseInTheChosenThemeAndLanesTheSameBytesEachTime() throws Exception {
    Path first = dir.resolve("seed.svg");
    CliRun run = CliRun.of("chart", "--input", seedJson.toString(), "--chart", first.toString(),
        "--chart-theme", "dark", "--chart-lanes", "class");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEqualTo("chart written to " + first + System.lineSeparator());
    Document doc = svg(first);
    assertThat(doc.getDocumentElement().getAttribute("data-theme")).isEqualTo("dark");
    assertThat(rects(doc, "timeline-mark", "data-item")).hasSize((int) dated(seed));
    long classes = seed.getTimeline().getEntriesList().stream().filter(TimelineEntry::getDated)
        .map(TimelineEntry::getEventClass).distinct().count();
    assertThat(rects(doc, "timeline-lane", "data-lane")).hasSize((int) classes).contains("occurrence");

    Path second = dir.resolve("again.svg");
    assertThat(CliRun.of("chart", "-i", seedJson.toString(), "--chart", second.toString(),
        "--chart-theme", "dark", "--chart-lanes", "class").status()).isZero();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void severalSavedResponsesMergeIntoOneChartWithALanePerArticle() throws Exception {
    Path svgFile = dir.resolve("both.svg");
    CliRun run = CliRun.of("chart", "--input", twoJson.toString(), "--chart", svgFile.toString(),
        "--merge");
    assertThat(run.status()).as(run.err()).isZero();
    Document doc = svg(svgFile);
    assertThat(rects(doc, "timeline-lane", "data-lane")).contains("[1] a.txt", "[2] b.txt");
    // Both report Kadyrov's election in 2007: one mark in the shared lane.
    assertThat(rects(doc, "timeline-lane", "data-lane")).first().isEqualTo("several articles");
    assertThat(Files.readString(svgFile)).contains("Timeline of 2 articles", "2007  [1, 2]");

    Path png = dir.resolve("both.png");
    assertThat(CliRun.of("chart", "--input", twoJson.toString(), "--input", seedJson.toString(),
        "--chart", png.toString(), "--merge", "--chart-width", "800", "--chart-scale", "2")
        .status()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1600);
  }

  @Test
  void withoutMergeEachResponseGetsItsOwnChartNamedForItsDocument() throws Exception {
    Path chart = dir.resolve("chart.svg");
    CliRun run = CliRun.of("chart", "--input", twoJson.toString(), "--chart", chart.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(dir.resolve("chart-a.svg")).isRegularFile();
    assertThat(dir.resolve("chart-b.svg")).isRegularFile();
    assertThat(chart).doesNotExist();
  }

  @Test
  void readsBatchOutputSkippingFailedDocumentsAndUsesTheTextsGiven() throws Exception {
    String good = Files.readString(seedJson).replaceAll("\\s*\\n\\s*", "");
    Path jsonl = Files.writeString(dir.resolve("out.jsonl"),
        "{\"documentId\":\"broken\",\"sequence\":\"1\",\"error\":{\"code\":3,\"message\":\"bad\"}}\n"
            + "{\"documentId\":\"seed\",\"sequence\":\"0\",\"result\":" + good + "}\n");
    Path page = dir.resolve("seed.html");
    CliRun run = CliRun.of("chart", "--input", jsonl.toString(), "--chart", page.toString(),
        "--text", SEED.toString(), "--chart-theme", "dark");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("skipped 1 failed document(s)");
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).contains("data-theme=\"dark\"", "<title>Russia Considers Joining the Fight Against ISIS</title>");
  }

  @Test
  void mistakesAreUsageErrorsOrFailuresWithAMessage() throws Exception {
    CliRun pdf = CliRun.of("chart", "--input", seedJson.toString(), "--chart", "x.pdf");
    assertThat(pdf.status()).isEqualTo(TimelineCli.USAGE);
    assertThat(pdf.err()).contains("--chart must end in .svg, .png or .html: x.pdf");

    CliRun theme = CliRun.of("chart", "--input", seedJson.toString(), "--chart",
        dir.resolve("x.svg").toString(), "--chart-theme", "purple");
    assertThat(theme.status()).isEqualTo(TimelineCli.USAGE);
    assertThat(theme.err()).contains("unknown chart theme 'purple'; use light or dark");

    CliRun lanes = CliRun.of("chart", "--input", seedJson.toString(), "--chart",
        dir.resolve("x.svg").toString(), "--chart-lanes", "topic");
    assertThat(lanes.status()).isEqualTo(TimelineCli.USAGE);

    CliRun texts = CliRun.of("chart", "--input", twoJson.toString(), "--chart",
        dir.resolve("x.svg").toString(), "--text", SEED.toString());
    assertThat(texts.status()).isEqualTo(TimelineCli.USAGE);
    assertThat(texts.err()).contains("1 text file(s) for 2 response(s)");

    CliRun missing = CliRun.of("chart", "--input", dir.resolve("none.json").toString(), "--chart",
        dir.resolve("x.svg").toString());
    assertThat(missing.status()).isEqualTo(TimelineCli.FAILED);
    assertThat(missing.err()).contains("no such file");

    Path notResponse = Files.writeString(dir.resolve("other.json"), "{\"colour\": \"blue\"}");
    CliRun wrong = CliRun.of("chart", "--input", notResponse.toString(), "--chart",
        dir.resolve("x.svg").toString());
    assertThat(wrong.status()).isEqualTo(TimelineCli.FAILED);
    assertThat(wrong.err()).contains("is not a saved timeline response");
    assertThat(dir.resolve("x.svg")).doesNotExist();
  }

  @Test
  void helpListsEveryChartOption() {
    CliRun run = CliRun.of("chart", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("--input", "--chart", "--merge", "--text", "--chart-layout",
        "--chart-lanes", "--chart-theme", "--chart-width", "--chart-scale", "--chart-title");
  }
}
