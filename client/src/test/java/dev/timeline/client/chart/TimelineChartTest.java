package dev.timeline.client.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.client.export.MergedTimeline;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.Timeline;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TimelineChartTest {
  private static final Path OUT = Path.of("target", "charts");

  private static ChartLayout layout(Timeline timeline, ChartOptions options) {
    return ChartLayout.of(
        MergedTimeline.of(ExtractTimelineResponse.newBuilder().setTimeline(timeline).build()), options);
  }

  @Test
  void svgParsesAndHasOneMarkPerDatedEntry() throws Exception {
    Timeline timeline = SampleTimelines.newsArticle();
    TimelineChart chart = TimelineChart.of(timeline, ChartOptions.defaults().withTitle("Russia & ISIS"));
    String svg = chart.toSvg();
    ChartSvg doc = ChartSvg.parse(svg);

    long dated = timeline.getEntriesList().stream().filter(e -> e.hasInterval()).count();
    assertThat(dated).isEqualTo(8);
    assertThat(doc.marks()).hasSize(8);
    assertThat(doc.root().getAttribute("width")).isEqualTo(Integer.toString(chart.width()));
    assertThat(svg).contains("Russia &amp; ISIS").contains("published 16 September 2014")
        .contains("before publication (3)").contains("Putin discussed involvement");
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("news-article.svg"), svg);
  }

  @Test
  void crowdedNewsDatesGetTheSequenceAxisAndSpreadDatesTheProportionalOne() {
    assertThat(layout(SampleTimelines.newsArticle(), ChartOptions.defaults()).subtitle)
        .contains("dates in sequence");
    assertThat(layout(SampleTimelines.oneMonth(), ChartOptions.defaults()).subtitle)
        .contains("proportional");
  }

  @Test
  void sequenceMarksWidenWithTheDatesSpanAndKeepTimeOrder() {
    TimelineChart chart = TimelineChart.of(
        SampleTimelines.newsArticle(), ChartOptions.defaults().withLayout(AxisLayout.SEQUENCE));
    var bars = chart.marks().stream().map(Mark::bar).toList();
    // 2003 (a year) is wider than early September (10 days), wider than 14 September (a day).
    assertThat(bars.get(0).width).isGreaterThan(bars.get(3).width);
    assertThat(bars.get(3).width).isGreaterThan(bars.get(5).width);
    for (int i = 1; i < bars.size(); i++) {
      assertThat(bars.get(i).getCenterX()).isGreaterThanOrEqualTo(bars.get(i - 1).getCenterX());
    }
  }

  @Test
  void proportionalMarksSpanTheirIntervals() {
    TimelineChart chart = TimelineChart.of(
        SampleTimelines.newsArticle(), ChartOptions.defaults().withLayout(AxisLayout.PROPORTIONAL));
    var bars = chart.marks().stream().map(Mark::bar).toList();
    // A year on a ~12-year axis is about a twelfth of the plot; the 2003 to 2007 distance is 4 years.
    double year = bars.get(0).width;
    assertThat(year).isBetween(70.0, 110.0);
    assertThat((double) (bars.get(1).x - bars.get(0).x)).isCloseTo(4 * year, org.assertj.core.data.Offset.offset(3.0));
  }

  @Test
  void labelsInOneLaneNeverOverlap() {
    for (AxisLayout axis : AxisLayout.values()) {
      ChartLayout layout = layout(SampleTimelines.newsArticle(), ChartOptions.defaults().withLayout(axis));
      for (Mark a : layout.marks) {
        for (Mark b : layout.marks) {
          if (a != b && a.bar().y == b.bar().y) {
            assertThat(a.footprintOverlaps(b)).as("%s: %s vs %s", axis, a.headline(), b.headline()).isFalse();
          }
        }
      }
    }
  }

  @Test
  void pngDecodesAtTheChartsSize() throws Exception {
    TimelineChart chart = TimelineChart.of(SampleTimelines.newsArticle(), ChartOptions.defaults().withWidth(1000));
    byte[] png = chart.toPng();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(chart.height()).isGreaterThan(200);
    Files.createDirectories(OUT);
    for (AxisLayout axis : AxisLayout.values()) {
      TimelineChart.of(SampleTimelines.newsArticle(), ChartOptions.defaults().withTitle("News article, " + axis).withLayout(axis))
          .write(OUT.resolve("news-article-" + axis.name().toLowerCase() + ".png"));
    }
    TimelineChart.of(SampleTimelines.oneMonth(), ChartOptions.defaults().withTitle("One month"))
        .write(OUT.resolve("one-month.png"));
  }

  @Test
  void identicalInputGivesIdenticalBytes() {
    Timeline t = SampleTimelines.newsArticle();
    assertThat(TimelineChart.of(t).toSvg()).isEqualTo(TimelineChart.of(t).toSvg());
    assertThat(TimelineChart.of(t).toPng()).isEqualTo(TimelineChart.of(t).toPng());
  }

  @Test
  void emptyTimelineStillRenders() throws Exception {
    TimelineChart chart = TimelineChart.of(Timeline.getDefaultInstance());
    assertThat(ChartSvg.parse(chart.toSvg()).marks()).isEmpty();
    assertThat(chart.toSvg()).contains("No dated events.");
    assertThat(ImageIO.read(new ByteArrayInputStream(chart.toPng())).getWidth()).isEqualTo(1200);
  }
}
