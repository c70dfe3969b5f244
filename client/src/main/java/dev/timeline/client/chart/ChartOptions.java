package dev.timeline.client.chart;

import java.util.Objects;

/**
 * How to draw a timeline chart.
 *
 * @param title heading of the chart; empty: the article's first line, or "Timeline of N
 *     articles" when several are merged
 * @param width width in CSS pixels (the height follows from the content, so nothing overlaps)
 * @param layout how dates map to the axis
 * @param theme light or dark colours
 * @param lanes how marks are grouped into lanes
 * @param scale pixels per CSS pixel of the PNG (2 for high-density screens and print); the SVG
 *     is vector and ignores it
 */
public record ChartOptions(
    String title, int width, AxisLayout layout, ChartTheme theme, ChartLanes lanes, double scale) {
  public static final int MIN_WIDTH = 480;
  public static final int MAX_WIDTH = 20_000;
  public static final double MAX_SCALE = 4;

  public ChartOptions {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(lanes, "lanes");
    if (width < MIN_WIDTH || width > MAX_WIDTH) {
      throw new IllegalArgumentException(
          "width must be between " + MIN_WIDTH + " and " + MAX_WIDTH + ": " + width);
    }
    if (!(scale >= 0.5 && scale <= MAX_SCALE)) {
      throw new IllegalArgumentException("scale must be between 0.5 and " + MAX_SCALE + ": " + scale);
    }
  }

  /** Title from the timeline, 1200 pixels, automatic axis and lanes, light theme, scale 1. */
  public static ChartOptions defaults() {
    return new ChartOptions("", 1200, AxisLayout.AUTO, ChartTheme.LIGHT, ChartLanes.AUTO, 1);
  }

  public ChartOptions withTitle(String title) {
    return new ChartOptions(title, width, layout, theme, lanes, scale);
  }

  public ChartOptions withWidth(int width) {
    return new ChartOptions(title, width, layout, theme, lanes, scale);
  }

  public ChartOptions withLayout(AxisLayout layout) {
    return new ChartOptions(title, width, layout, theme, lanes, scale);
  }

  public ChartOptions withTheme(ChartTheme theme) {
    return new ChartOptions(title, width, layout, theme, lanes, scale);
  }

  public ChartOptions withLanes(ChartLanes lanes) {
    return new ChartOptions(title, width, layout, theme, lanes, scale);
  }

  public ChartOptions withScale(double scale) {
    return new ChartOptions(title, width, layout, theme, lanes, scale);
  }
}
