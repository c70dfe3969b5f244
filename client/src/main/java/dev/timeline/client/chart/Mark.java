package dev.timeline.client.chart;

import java.awt.Rectangle;

/** Where one dated entry is drawn: its bar and, below it, its date and headline. */
record Mark(ChartEntry entry, Rectangle bar, double labelX, double dateBaseline, String headline) {
  /** Width of the wider of the two label lines. */
  double labelWidth() {
    return Math.max(
        Palette.width(headline, Palette.HEADLINE), Palette.width(entry.dateLine(), Palette.DATE));
  }

  /** Whether this mark's bar-and-label footprint overlaps another's horizontally. */
  boolean footprintOverlaps(Mark other) {
    return footprintStart() < other.footprintEnd() && other.footprintStart() < footprintEnd();
  }

  private double footprintStart() {
    return Math.min(bar.x, labelX);
  }

  private double footprintEnd() {
    return Math.max(bar.getMaxX(), labelX + labelWidth());
  }

  double headlineBaseline() {
    return dateBaseline + ChartLayout.LINE;
  }
}
