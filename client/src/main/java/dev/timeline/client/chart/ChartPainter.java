package dev.timeline.client.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;

/**
 * Draws a laid-out chart on any {@link Graphics2D}: Batik's SVG generator and a PNG image share
 * this routine, so both files show the same picture.
 *
 * <p>Plain Java2D rather than JFreeChart: the chart is a time axis with interval marks packed
 * into labelled lanes, an undated list and a publication marker. JFreeChart's plots (XY, Gantt)
 * would fight us on label placement and lanes, and its own chrome adds nothing; what we draw is a
 * few rectangles, lines and strings, and doing it directly keeps the SVG small and deterministic.
 */
final class ChartPainter {
  private ChartPainter() {}

  static void paint(Graphics2D g, ChartLayout layout) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

    g.setColor(Palette.BACKGROUND);
    g.fillRect(0, 0, layout.width, layout.height);

    text(g, layout.title, Palette.TITLE, Palette.TEXT, ChartLayout.MARGIN, ChartLayout.MARGIN + 20);
    text(g, layout.subtitle, Palette.SUBTITLE, Palette.MUTED, ChartLayout.MARGIN, ChartLayout.MARGIN + 42);
    legend(g, layout);

    if (!layout.hasAxis) {
      text(g, "No dated events.", Palette.HEADLINE, Palette.MUTED, layout.plotLeft, layout.plotTop + 30);
    } else {
      grid(g, layout);
      publication(g, layout);
      for (Mark m : layout.marks) {
        mark(g, m);
      }
      axis(g, layout);
    }
    undated(g, layout);
  }

  private static void legend(Graphics2D g, ChartLayout layout) {
    for (LegendItem item : layout.legend) {
      int x = (int) Math.round(item.x());
      int y = (int) Math.round(item.baseline());
      switch (item.kind()) {
        case FILLED -> {
          g.setColor(item.colour());
          g.fill(new Rectangle(x, y - 9, 18, 10));
        }
        case OUTLINED -> {
          g.setColor(Palette.tint(item.colour()));
          g.fill(new Rectangle(x, y - 9, 18, 10));
          g.setColor(item.colour());
          g.setStroke(Palette.OUTLINE);
          g.draw(new Rectangle(x, y - 9, 18, 10));
        }
        case DASHED_LINE -> {
          g.setColor(item.colour());
          g.setStroke(Palette.DASHED);
          g.draw(new Line2D.Double(x + 9, y - 12, x + 9, y + 3));
        }
      }
      text(g, item.text(), Palette.SUBTITLE, Palette.TEXT, x + 24, y);
    }
  }

  private static void grid(Graphics2D g, ChartLayout layout) {
    g.setColor(Palette.GRID);
    g.setStroke(Palette.THIN);
    for (LabelledTick t : layout.ticks) {
      g.draw(new Line2D.Double(t.x(), layout.plotTop, t.x(), layout.axisY));
    }
  }

  private static void publication(Graphics2D g, ChartLayout layout) {
    if (Double.isNaN(layout.publicationX)) {
      return;
    }
    double x = layout.publicationX;
    g.setColor(Palette.PUBLICATION);
    g.setStroke(Palette.DASHED);
    g.draw(new Line2D.Double(x, layout.plotTop - 4, x, layout.axisY));
    double w = Palette.width(layout.publicationLabel, Palette.DATE);
    double lx = Math.max(ChartLayout.MARGIN, Math.min(x - w / 2, layout.width - ChartLayout.MARGIN - w));
    text(g, layout.publicationLabel, Palette.DATE, Palette.PUBLICATION, lx, layout.plotTop - 8);
  }

  private static void mark(Graphics2D g, Mark m) {
    Rectangle bar = m.bar();
    Color colour = Palette.colour(m.entry().eventClass());
    if (m.entry().factual()) {
      g.setColor(colour);
      g.fill(bar);
    } else {
      g.setColor(Palette.tint(colour));
      g.fill(bar);
      g.setColor(colour);
      g.setStroke(Palette.OUTLINE);
      g.draw(bar);
    }
    // Knock out grid and publication lines behind the label so it reads cleanly.
    g.setColor(Palette.BACKGROUND);
    g.fill(new java.awt.geom.Rectangle2D.Double(
        m.labelX() - 2, m.dateBaseline() - 11, m.labelWidth() + 4, 2 * ChartLayout.LINE + 1));
    text(g, m.entry().dateLabel(), Palette.DATE, Palette.TEXT, m.labelX(), m.dateBaseline());
    text(g, m.headline(), Palette.HEADLINE, Palette.TEXT, m.labelX(), m.headlineBaseline());
  }

  private static void axis(Graphics2D g, ChartLayout layout) {
    int y = layout.axisY;
    g.setColor(Palette.AXIS);
    g.setStroke(Palette.AXIS_STROKE);
    g.draw(new Line2D.Double(layout.plotLeft, y, layout.plotRight, y));
    g.setStroke(Palette.THIN);
    for (LabelledTick t : layout.ticks) {
      g.setColor(Palette.AXIS);
      g.draw(new Line2D.Double(t.x(), y, t.x(), y + 6));
      if (!t.label().isEmpty()) {
        text(g, t.label(), Palette.TICK, Palette.TEXT, t.labelX(), t.baseline());
      }
    }
    for (Tick gap : layout.gaps) {
      // An axis break (two slanted strokes) where the sequence axis skips time, noted above it.
      g.setColor(Palette.BACKGROUND);
      g.fill(new Rectangle((int) Math.round(gap.x()) - 4, y - 3, 8, 6));
      g.setColor(Palette.AXIS);
      g.draw(new Line2D.Double(gap.x() - 5, y + 4, gap.x() - 1, y - 4));
      g.draw(new Line2D.Double(gap.x() + 1, y + 4, gap.x() + 5, y - 4));
      double w = Palette.width(gap.label(), Palette.GAP);
      text(g, gap.label(), Palette.GAP, Palette.MUTED, gap.x() - w / 2, y - 7);
    }
  }

  private static void undated(Graphics2D g, ChartLayout layout) {
    if (layout.undated.isEmpty()) {
      return;
    }
    int y = layout.undatedTop;
    text(g, layout.undatedHeading, Palette.SECTION, Palette.TEXT, ChartLayout.MARGIN, y);
    y += ChartLayout.LINE + 6;
    for (UndatedLine line : layout.undated) {
      if (line.heading()) {
        text(g, line.text(), Palette.DATE, Palette.MUTED, ChartLayout.MARGIN + 4, y);
      } else {
        g.setColor(Palette.MUTED);
        g.fill(new java.awt.geom.Ellipse2D.Double(ChartLayout.MARGIN + 16, y - 7, 5, 5));
        text(g, line.text(), Palette.HEADLINE, Palette.TEXT, ChartLayout.MARGIN + 28, y);
      }
      y += ChartLayout.LINE + 3;
    }
  }

  private static void text(Graphics2D g, String s, java.awt.Font font, Color colour, double x, double y) {
    g.setFont(font);
    g.setColor(colour);
    g.drawString(s, (float) x, (float) y);
  }
}
