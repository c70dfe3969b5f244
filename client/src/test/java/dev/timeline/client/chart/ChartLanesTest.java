package dev.timeline.client.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.client.export.Article;
import dev.timeline.client.export.MergedTimeline;
import dev.timeline.client.export.TimelineItem;
import dev.timeline.proto.v1.EventClass;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

/** Themes, lanes and merged charts, checked through the SVG's structure. */
class ChartLanesTest {
  private static final Path OUT = Path.of("target", "charts");

  private static MergedTimeline merged() {
    return MergedTimeline.of(List.of(
        Article.of(SampleTimelines.response("article-a", SampleTimelines.newsArticle())),
        Article.of(SampleTimelines.response("article-b", SampleTimelines.followUp()))));
  }

  private static MergedTimeline single() {
    return MergedTimeline.of(SampleTimelines.response("article-a", SampleTimelines.newsArticle()));
  }

  private static ChartSvg svg(MergedTimeline t, ChartOptions options, String artefact)
      throws Exception {
    String svg = TimelineChart.of(t, options).toSvg();
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(artefact + ".svg"), svg);
    return ChartSvg.parse(svg);
  }

  @ParameterizedTest
  @EnumSource(ChartTheme.class)
  void eachThemePaintsItsBackgroundAndReadableText(ChartTheme theme) throws Exception {
    ChartSvg svg = svg(single(), ChartOptions.defaults().withTheme(theme), "theme-" + theme.cliName());
    assertThat(svg.root().getAttribute("data-theme")).isEqualTo(theme.cliName());
    Element background = svg.elements("rect").get(0);
    assertThat(ChartSvg.number(background, "width")).isEqualTo(1200);
    assertThat(ChartSvg.fill(background)).isEqualTo(theme.backgroundColour());
    assertThat(svg.marks()).hasSize(8);
    // Every word on the chart reads against the background: 4.5:1 or better.
    List<Element> texts = svg.elements("text");
    assertThat(texts).hasSizeGreaterThan(30);
    for (Element text : texts) {
      assertThat(Contrast.ratio(ChartSvg.fill(text), theme.backgroundColour()))
          .as("'%s'", text.getTextContent()).isGreaterThanOrEqualTo(4.5);
    }
    // Marks take this theme's class colours, not the other theme's.
    ChartTheme other = theme == ChartTheme.LIGHT ? ChartTheme.DARK : ChartTheme.LIGHT;
    List<Color> fills = svg.marks().stream().map(ChartSvg::fill).toList();
    assertThat(fills).contains(theme.colour(EventClass.EVENT_CLASS_OCCURRENCE),
        theme.colour(EventClass.EVENT_CLASS_I_ACTION))
        .doesNotContain(other.colour(EventClass.EVENT_CLASS_OCCURRENCE));
  }

  @Test
  void articleLanesPutSharedEventsInTheirOwnLaneAndNameTheirSources() throws Exception {
    MergedTimeline merged = merged();
    ChartSvg svg = svg(merged, ChartOptions.defaults(), "merged-articles");
    assertThat(svg.lanes()).containsExactly(
        "several articles", "[1] article-a", "[2] article-b");
    // 8 + 3 dated entries, two of them the same events: 9 marks.
    assertThat(svg.marks()).hasSize(9).hasSize(merged.dated().size());
    Map<String, Long> perLane = svg.marks().stream()
        .collect(Collectors.groupingBy(m -> m.getAttribute("data-lane"), Collectors.counting()));
    assertThat(perLane).containsExactlyInAnyOrderEntriesOf(Map.of(
        "several articles", 2L, "[1] article-a", 6L, "[2] article-b", 1L));
    for (Element mark : svg.marks()) {
      TimelineItem item = merged.items().stream()
          .filter(i -> i.id().equals(mark.getAttribute("data-item"))).findFirst().orElseThrow();
      if (item.shared()) {
        assertThat(mark.getTextContent()).endsWith("(reported by article-a; article-b)");
      }
    }
    String text = svg.elements("text").stream().map(Element::getTextContent)
        .collect(Collectors.joining("\n"));
    assertThat(text).contains("2007  [1, 2]", "[1] article-a", "[2] article-b",
        "[1] published 16 Sep 2014", "[2] published 17 Sep 2014",
        "[2] Officials recalled the election");
  }

  @Test
  void classLanesFollowTheEventClassesAndNoLanesMeansNoBands() throws Exception {
    ChartSvg byClass = svg(single(), ChartOptions.defaults().withLanes(ChartLanes.CLASS), "lanes-class");
    assertThat(byClass.lanes()).containsExactly(
        "occurrence", "intention / request", "belief / expectation", "beginning / end");
    assertThat(byClass.marks()).hasSize(8);
    ChartSvg none = svg(merged(), ChartOptions.defaults().withLanes(ChartLanes.NONE), "lanes-none");
    assertThat(none.lanes()).isEmpty();
    assertThat(none.marks()).hasSize(9);
    assertThat(svg(single(), ChartOptions.defaults(), "lanes-auto-single").lanes()).isEmpty();
  }

  @Test
  void actorLanesGroupANameWrittenTwoWaysBusiestFirst() throws Exception {
    MergedTimeline t = MergedTimeline.of(SampleTimelines.actors());
    ChartSvg svg = svg(t, ChartOptions.defaults().withLanes(ChartLanes.ACTOR)
        .withTheme(ChartTheme.DARK), "lanes-actor");
    assertThat(svg.lanes()).containsExactly("Lavrov", "Putin", "Russia", "no named actor");
    Map<String, Long> perLane = svg.marks().stream()
        .collect(Collectors.groupingBy(m -> m.getAttribute("data-lane"), Collectors.counting()));
    assertThat(perLane).containsExactlyInAnyOrderEntriesOf(Map.of(
        "Lavrov", 2L, "Putin", 1L, "Russia", 1L, "no named actor", 2L));
  }

  @Test
  void aNameThatOpensOrEndsALongerOneIsTheSameActor() {
    List<String> names = List.of("lavrov", "russian foreign minister sergei lavrov", "northwind",
        "northwind logistics", "russia", "russian leaders", "company");
    Map<String, String> keys = ChartGroups.sameActors(names);
    assertThat(keys.get("lavrov")).isEqualTo("russian foreign minister sergei lavrov");
    assertThat(keys.get("northwind")).isEqualTo("northwind logistics");
    assertThat(keys.get("russia")).isEqualTo("russia");
    assertThat(keys.get("company")).isEqualTo("company");
    assertThat(ChartGroups.words("The  Company")).isEqualTo("company");
  }

  @Test
  void marksStayInsideTheirLaneAndLabelsNeverOverlap() {
    for (ChartLanes lanes : ChartLanes.values()) {
      for (AxisLayout axis : AxisLayout.values()) {
        ChartLayout layout = ChartLayout.of(merged(),
            ChartOptions.defaults().withLanes(lanes).withLayout(axis).withWidth(700));
        for (int i = 1; i < layout.bands.size(); i++) {
          assertThat(layout.bands.get(i).top()).isGreaterThanOrEqualTo(layout.bands.get(i - 1).bottom());
        }
        for (Mark a : layout.marks) {
          Band band = layout.bands.stream()
              .filter(b -> a.bar().y >= b.top() && a.bar().y < b.bottom()).findFirst().orElse(null);
          if (!layout.bands.isEmpty()) {
            assertThat(band).as("%s %s: %s in a lane", lanes, axis, a.headline()).isNotNull();
            assertThat(a.headlineBaseline()).isLessThanOrEqualTo(band.bottom());
          }
          for (Mark b : layout.marks) {
            if (a != b && a.bar().y == b.bar().y) {
              assertThat(a.footprintOverlaps(b)).as("%s %s: %s vs %s", lanes, axis, a.headline(),
                  b.headline()).isFalse();
            }
          }
        }
      }
    }
  }

  @Test
  void sameInputGivesTheSameBytes() {
    ChartOptions options = ChartOptions.defaults().withTheme(ChartTheme.DARK)
        .withLanes(ChartLanes.ACTOR).withScale(1.5);
    TimelineChart first = TimelineChart.of(merged(), options);
    TimelineChart second = TimelineChart.of(merged(), options);
    assertThat(second.toSvg()).isEqualTo(first.toSvg());
    assertThat(second.toPng()).isEqualTo(first.toPng());
  }

  @Test
  void pngScaleMultipliesPixelsNotLayout() throws Exception {
    TimelineChart chart = TimelineChart.of(merged(), ChartOptions.defaults().withWidth(900).withScale(2));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.toPng()));
    assertThat(image.getWidth()).isEqualTo(1800);
    assertThat(image.getHeight()).isEqualTo(2 * chart.height());
    assertThat(new Color(image.getRGB(1, 1))).isEqualTo(ChartTheme.LIGHT.backgroundColour());
    assertThat(ChartSvg.parse(chart.toSvg()).root().getAttribute("width")).isEqualTo("900");
  }
}
