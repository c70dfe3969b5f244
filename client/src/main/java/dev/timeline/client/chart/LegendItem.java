package dev.timeline.client.chart;

import java.awt.Color;

/** One legend entry: a swatch of the given kind and colour followed by its text. */
record LegendItem(Kind kind, Color colour, String text, double x, double baseline) {
  enum Kind {
    FILLED,
    OUTLINED,
    DASHED_LINE
  }
}
