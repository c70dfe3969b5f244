package dev.timeline.client.chart;

import java.util.Objects;

/**
 * How to draw a timeline chart.
 *
 * @param title heading of the chart
 * @param width width in pixels (the height follows from the content)
 * @param layout how dates map to the axis
 */
public record ChartOptions(String title, int width, AxisLayout layout) {
  public static final int MIN_WIDTH = 480;

  public ChartOptions {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(layout, "layout");
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException("width must be at least " + MIN_WIDTH + ": " + width);
    }
  }

  public static ChartOptions defaults() {
    return new ChartOptions("Timeline", 1200, AxisLayout.AUTO);
  }

  public ChartOptions withTitle(String title) {
    return new ChartOptions(title, width, layout);
  }

  public ChartOptions withWidth(int width) {
    return new ChartOptions(title, width, layout);
  }

  public ChartOptions withLayout(AxisLayout layout) {
    return new ChartOptions(title, width, layout);
  }
}
