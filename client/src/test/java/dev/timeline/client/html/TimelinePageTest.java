package dev.timeline.client.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.client.chart.ChartGroups;
import dev.timeline.client.chart.ChartLanes;
import dev.timeline.client.chart.ChartTheme;
import dev.timeline.client.export.Article;
import dev.timeline.client.export.MergedTimeline;
import dev.timeline.client.export.Responses;
import dev.timeline.client.export.TimelineItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page in a real headless Chromium; screenshots land in {@code target/timeline-page/}. */
class TimelinePageTest {
  private static final Path OUT = Path.of("target", "timeline-page");
  private static final Pattern MARK = Pattern.compile("data-mark=\"([^\"]+)\"");
  private static final Pattern LANE_TITLE =
      Pattern.compile("<text class=\"lane-title\"[^>]*>([^<]*)</text>");

  @BeforeAll
  static void createOutputDirectory() throws Exception {
    Files.createDirectories(OUT);
  }

  @Test
  void pageIsSelfContainedAndItsDataCannotEscapeTheScriptBlock() {
    String html = TimelinePage.render(Responses.edgeCases(), "");
    // Nothing is fetched: no external scripts, styles, images, imports or requests. (The SVG
    // namespace URI is a name, not a fetch.)
    assertThat(html).doesNotContain("src=", "<link", "@import", "url(http", "url(//", "fetch(", "XMLHttpRequest",
        "https://").doesNotContain("\u2028");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://");
    int data = html.indexOf("<script type=\"application/json\" id=\"timeline-data\">");
    int end = html.indexOf("</script>", data);
    String block = html.substring(data, end);
    assertThat(block).doesNotContain("</", "<!--").contains("\\u003c/script\\u003e", "\\u2028");
  }

  @Test
  void seedArticleLoadsWithoutErrorsShowsOneMarkPerDatedEventAndHighlightsOnSelection()
      throws Exception {
    HeadlessChromium chromium = HeadlessChromium.require();
    MergedTimeline timeline = MergedTimeline.of(Responses.seed(), Responses.seedText());
    Path page = write("seed.html", TimelinePage.render(timeline));
    // The article's first dated event with an expression: select it through the URL fragment.
    TimelineItem chosen = timeline.dated().stream()
        .filter(i -> i.primary().expression() != null && i.value().length() == 10)
        .findFirst().orElseThrow();

    String dom = chromium.dumpDom(page.toUri() + "#item=" + chosen.id(), 1400, 1000);
    assertLoadedCleanly(dom);
    assertThat(marks(dom)).containsExactlyInAnyOrderElementsOf(
        timeline.dated().stream().map(TimelineItem::id).toList());
    assertThat(attribute(dom, "data-selected")).isEqualTo(chosen.id());
    // The dating expression and the sentence are highlighted in the article text.
    assertThat(dom).contains("<mark class=\"expression\">"
        + escapeHtml(chosen.primary().expression().getText()) + "</mark>");
    assertThat(dom).contains("<mark class=\"sentence\">");
    // Undated entries are listed apart.
    assertThat(count(dom, "<li data-item=")).isEqualTo(timeline.undated().size());

    chromium.screenshot(page.toUri().toString(), OUT.resolve("seed.png"), 1400, 1000);
    chromium.screenshot(page.toUri() + "#item=" + chosen.id(), OUT.resolve("seed-selected.png"),
        1400, 1300);
  }

  @Test
  void hostileTextStaysText() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.require();
    String text = "Talks will go on. </script><script>document.title='pwned'</script> \u2028 <!-- x";
    Path page = write("edge.html", TimelinePage.render(Responses.edgeCases(), text));
    String dom = chromium.dumpDom(page.toUri().toString(), 1200, 900);
    assertLoadedCleanly(dom);
    assertThat(marks(dom)).hasSize(6);
    assertThat(count(dom, "<script")).as("no script element injected").isEqualTo(3);
    assertThat(dom).doesNotContain("pwned</title>").contains("&lt;/script&gt;&lt;script&gt;");
    chromium.screenshot(page.toUri().toString(), OUT.resolve("edge.png"), 1200, 900);
  }

  @Test
  void timelineWithoutDatesOrPublicationDateStillLoads() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.require();
    var entry = Responses.edgeCases().getTimeline().getEntries(6);
    var response = dev.timeline.proto.v1.ExtractTimelineResponse.newBuilder()
        .setDocumentId("no-dates")
        .setTimeline(dev.timeline.proto.v1.Timeline.newBuilder().addEntries(entry)).build();
    Path page = write("no-dates.html", TimelinePage.render(response, "Talks will go on."));
    String dom = chromium.dumpDom(page.toUri().toString(), 1000, 700);
    assertLoadedCleanly(dom);
    assertThat(marks(dom)).isEmpty();
    assertThat(count(dom, "<li data-item=")).isEqualTo(1);
  }

  @Test
  void mergedArticlesShareOnePage() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.require();
    MergedTimeline merged = MergedTimeline.of(List.of(
        Article.of(Responses.seed(), Responses.seedText()),
        Article.of(Responses.followUp(), Responses.FOLLOW_UP_TEXT)));
    Path page = write("merged.html", TimelinePage.render(merged));
    String dom = chromium.dumpDom(page.toUri().toString(), 1400, 1000);
    assertLoadedCleanly(dom);
    assertThat(marks(dom)).hasSize(merged.dated().size());
    assertThat(count(dom, "class=\"article\"")).isEqualTo(2);
    chromium.screenshot(page.toUri().toString(), OUT.resolve("merged.png"), 1400, 1100);
  }

  @Test
  void wheelZoomsDragPansButtonsWorkAndHoverShowsTheEvent() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.require();
    MergedTimeline timeline = MergedTimeline.of(Responses.seed(), Responses.seedText());
    Path page = write("interaction.html", TimelinePage.render(timeline));
    try (DevTools browser = DevTools.launch(chromium.executable(), 1400, 1000)) {
      browser.navigate(page.toUri().toString());
      List<Long> initial = DevTools.view(browser.eval("chart.getAttribute('data-view')"));
      double[] chartCentre = browser.centre("#chart");

      browser.mouse("mouseWheel", chartCentre[0], chartCentre[1], "none", -400);
      List<Long> zoomed = DevTools.view(browser.eval("chart.getAttribute('data-view')"));
      assertThat(span(zoomed)).as("wheel up zooms in").isLessThan(span(initial) * 2 / 3);

      browser.mouse("mousePressed", chartCentre[0], chartCentre[1], "left", 0);
      browser.mouse("mouseMoved", chartCentre[0] + 100, chartCentre[1], "left", 0);
      browser.mouse("mouseMoved", chartCentre[0] + 200, chartCentre[1], "left", 0);
      browser.mouse("mouseReleased", chartCentre[0] + 200, chartCentre[1], "left", 0);
      List<Long> panned = DevTools.view(browser.eval("chart.getAttribute('data-view')"));
      assertThat(panned.get(0)).as("dragging right shows earlier times").isLessThan(zoomed.get(0));
      assertThat(span(panned)).isCloseTo(span(zoomed), org.assertj.core.data.Offset.offset(2L));

      double[] fit = browser.centre("button[data-zoom=fit]");
      browser.mouse("mousePressed", fit[0], fit[1], "left", 0);
      browser.mouse("mouseReleased", fit[0], fit[1], "left", 0);
      assertThat(DevTools.view(browser.eval("chart.getAttribute('data-view')"))).isEqualTo(initial);

      double[] around = browser.centre("button[data-zoom=publication]");
      browser.mouse("mousePressed", around[0], around[1], "left", 0);
      browser.mouse("mouseReleased", around[0], around[1], "left", 0);
      assertThat(span(DevTools.view(browser.eval("chart.getAttribute('data-view')"))))
          .isEqualTo(32L * 86_400_000);

      TimelineItem last = timeline.dated().get(timeline.dated().size() - 1);
      double[] mark = browser.centre("[data-mark='" + last.id() + "'] rect");
      browser.mouse("mouseMoved", mark[0], mark[1], "none", 0);
      assertThat(browser.eval("document.querySelector('#details .headline').textContent")
          .getAsString()).isEqualTo(last.headline());
      assertThat(browser.eval("document.querySelector('.article mark.expression').textContent")
          .getAsString()).isEqualTo(last.primary().expression().getText());
      assertThat(browser.eval("document.documentElement.getAttribute('data-errors')")
          .getAsString()).isEqualTo("[]");
      browser.screenshot(OUT.resolve("seed-around-publication-hover.png"));
    }
  }

  @Test
  void darkThemePageLoadsCleanlyInTheDarkColours() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.require();
    MergedTimeline timeline = MergedTimeline.of(Responses.seed(), Responses.seedText());
    Path page = write("seed-dark.html", TimelinePage.render(timeline, ChartTheme.DARK));
    try (DevTools browser = DevTools.launch(chromium.executable(), 1400, 1000)) {
      browser.navigate(page.toUri().toString());
      assertThat(string(browser, "document.documentElement.getAttribute('data-theme')"))
          .isEqualTo("dark");
      assertThat(string(browser, "getComputedStyle(document.documentElement).backgroundColor"))
          .isEqualTo(rgb(ChartTheme.DARK.backgroundColour()));
      assertThat(string(browser, "getComputedStyle(document.querySelector('h1')).color"))
          .isEqualTo(rgb(ChartTheme.DARK.textColour()));
      assertThat(browser.eval("document.querySelectorAll('[data-mark]').length").getAsInt())
          .isEqualTo(timeline.dated().size());
      // Each mark takes the dark theme's colour of its event class, as in the static chart.
      List<String> fills = List.of(string(browser,
          "Array.from(document.querySelectorAll('[data-mark] rect'), r => r.getAttribute('fill'))"
              + ".join(' ')").split(" "));
      List<String> expected = timeline.dated().stream()
          .map(i -> ChartTheme.hex(ChartTheme.DARK.colour(i.eventClass()))).distinct().toList();
      assertThat(fills).hasSize(timeline.dated().size()).containsOnlyElementsOf(expected);
      assertThat(string(browser, "document.documentElement.getAttribute('data-errors')"))
          .isEqualTo("[]");
      browser.screenshot(OUT.resolve("seed-dark.png"));
    }
  }

  @Test
  void actorLanesAsInTheStaticChart() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.require();
    MergedTimeline timeline = MergedTimeline.of(Responses.seed(), Responses.seedText());
    ChartGroups groups = ChartGroups.of(timeline, ChartLanes.ACTOR);
    Path page = write("seed-actors.html",
        TimelinePage.render(timeline, ChartTheme.LIGHT, ChartLanes.ACTOR));
    String dom = chromium.dumpDom(page.toUri().toString(), 1400, 1000);
    assertLoadedCleanly(dom);
    assertThat(marks(dom)).hasSize(timeline.dated().size());
    List<String> titles = LANE_TITLE.matcher(dom).results()
        .map(m -> m.group(1).replace("&amp;", "&")).toList();
    assertThat(groups.names()).hasSizeGreaterThan(2);
    assertThat(titles).containsExactlyElementsOf(groups.names());
    chromium.screenshot(page.toUri().toString(), OUT.resolve("seed-actors.png"), 1400, 1000);
  }

  private static String string(DevTools browser, String expression) throws Exception {
    return browser.eval(expression).getAsString();
  }

  private static String rgb(java.awt.Color c) {
    return "rgb(" + c.getRed() + ", " + c.getGreen() + ", " + c.getBlue() + ")";
  }

  private static long span(List<Long> view) {
    return view.get(1) - view.get(0);
  }

  private static void assertLoadedCleanly(String dom) {
    assertThat(attribute(dom, "data-ready")).as("page finished drawing").isEqualTo("true");
    assertThat(attribute(dom, "data-errors")).as("script errors").isEqualTo("[]");
  }

  private static List<String> marks(String dom) {
    return MARK.matcher(dom).results().map(m -> m.group(1)).toList();
  }

  private static String attribute(String dom, String name) {
    Matcher m = Pattern.compile("<html[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(dom);
    assertThat(m.find()).as(name + " on <html>").isTrue();
    return m.group(1).replace("&quot;", "\"");
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String escapeHtml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static Path write(String name, String html) throws Exception {
    Path p = OUT.resolve(name).toAbsolutePath();
    Files.writeString(p, html, StandardCharsets.UTF_8);
    return p;
  }
}
