package dev.timeline.client.chart;

/**
 * One lane of a chart with lanes: a horizontal band from {@code top} to {@code bottom} titled
 * {@code name}, holding {@code marks} marks stacked in {@code rows} rows.
 */
record Band(String name, int index, int top, int bottom, int rows, int marks) {
  /** Baseline of the band's title, at its top left. */
  int titleBaseline() {
    return top + ChartLayout.LINE;
  }
}
