package dev.timeline.client.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a laid-out chart on any {@link Graphics2D}: Batik's SVG generator and a PNG image share
 * this routine, so both files show the same picture.
 *
 * <p>Plain Java2D rather than JFreeChart: the chart is a time axis with interval marks packed
 * into labelled rows and lanes, an undated list and publication markers. JFreeChart's plots (XY,
 * Gantt) would fight us on label placement and lanes, and its own chrome adds nothing; what we
 * draw is a few rectangles, lines and strings, and doing it directly keeps the SVG small and
 * deterministic.
 */
final class ChartPainter {
  private final Graphics2D g;
  private final ChartLayout layout;
  private final ChartTheme theme;

  private ChartPainter(Graphics2D g, ChartLayout layout) {
    this.g = g;
    this.layout = layout;
    this.theme = layout.theme;
  }

  static void paint(Graphics2D g, ChartLayout layout) {
    new ChartPainter(g, layout).paint();
  }

  private void paint() {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

    g.setColor(theme.background);
    g.fillRect(0, 0, layout.width, layout.height);

    int m = ChartLayout.MARGIN;
    text(layout.title, Palette.TITLE, theme.text, m, m + 20);
    text(layout.subtitle, Palette.SUBTITLE, theme.muted, m, m + 42);
    for (ArticleKey a : layout.articles) {
      text(a.text(), Palette.SUBTITLE, theme.text, m, a.baseline());
    }
    legend();

    if (!layout.hasAxis) {
      text("No dated events.", Palette.HEADLINE, theme.muted, layout.plotLeft, layout.plotTop + 30);
    } else {
      bands();
      grid();
      publications();
      bandTitles();
      for (Mark mark : layout.marks) {
        mark(mark);
      }
      axis();
    }
    undated();
  }

  private void legend() {
    for (LegendItem item : layout.legend) {
      int x = (int) Math.round(item.x());
      int y = (int) Math.round(item.baseline());
      switch (item.kind()) {
        case FILLED -> {
          g.setColor(item.colour());
          g.fill(new Rectangle(x, y - 9, 18, 10));
        }
        case OUTLINED -> {
          g.setColor(theme.tint(item.colour()));
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
      text(item.text(), Palette.SUBTITLE, theme.text, x + 24, y);
    }
  }

  /** Every lane is a band across the chart; every other one tinted so lanes read apart. */
  private void bands() {
    for (Band b : layout.bands) {
      g.setColor(b.index() % 2 == 0 ? theme.band : theme.background);
      g.fill(layout.bandRect(b));
    }
  }

  private void bandTitles() {
    for (Band b : layout.bands) {
      String count = "  (" + b.marks() + ")";
      String title = ChartLayout.fit(b.name(), Palette.SECTION,
          layout.plotRight - layout.plotLeft - Palette.width(count, Palette.SECTION)) + count;
      double w = Palette.width(title, Palette.SECTION);
      g.setColor(b.index() % 2 == 0 ? theme.band : theme.background);
      g.fill(new Rectangle2D.Double(layout.plotLeft - 2, b.top() + 3, w + 4, ChartLayout.LINE));
      text(title, Palette.SECTION, theme.muted, layout.plotLeft, b.titleBaseline());
    }
  }

  private void grid() {
    g.setColor(theme.grid);
    g.setStroke(Palette.THIN);
    for (LabelledTick t : layout.ticks) {
      g.draw(new Line2D.Double(t.x(), layout.plotTop, t.x(), layout.axisY));
    }
  }

  private void publications() {
    for (PublicationLine p : layout.publications) {
      g.setColor(theme.publication);
      g.setStroke(Palette.DASHED);
      g.draw(new Line2D.Double(p.x(), layout.plotTop - 4, p.x(), layout.axisY));
      text(p.label(), Palette.DATE, theme.publication, p.labelX(),
          layout.plotTop - 8 - p.row() * ChartLayout.LINE);
    }
  }

  private void mark(Mark m) {
    Rectangle bar = m.bar();
    Color colour = theme.colour(m.entry().eventClass());
    if (m.entry().factual()) {
      g.setColor(colour);
      g.fill(bar);
    } else {
      g.setColor(theme.tint(colour));
      g.fill(bar);
      g.setColor(colour);
      g.setStroke(Palette.OUTLINE);
      g.draw(bar);
    }
    // Knock out grid and publication lines behind the label so it reads cleanly.
    g.setColor(backgroundAt(m.bar().y));
    g.fill(new Rectangle2D.Double(
        m.labelX() - 2, m.dateBaseline() - 11, m.labelWidth() + 4, 2 * ChartLayout.LINE + 1));
    text(m.entry().dateLine(), Palette.DATE, theme.text, m.labelX(), m.dateBaseline());
    text(m.headline(), Palette.HEADLINE, theme.text, m.labelX(), m.headlineBaseline());
  }

  /** The colour behind a point: its band's, or the page's. */
  private Color backgroundAt(int y) {
    for (Band b : layout.bands) {
      if (y >= b.top() && y < b.bottom()) {
        return b.index() % 2 == 0 ? theme.band : theme.background;
      }
    }
    return theme.background;
  }

  private void axis() {
    int y = layout.axisY;
    g.setColor(theme.axis);
    g.setStroke(Palette.AXIS_STROKE);
    g.draw(new Line2D.Double(layout.plotLeft, y, layout.plotRight, y));
    g.setStroke(Palette.THIN);
    for (LabelledTick t : layout.ticks) {
      g.setColor(theme.axis);
      g.draw(new Line2D.Double(t.x(), y, t.x(), y + 6));
      if (!t.label().isEmpty()) {
        text(t.label(), Palette.TICK, theme.text, t.labelX(), t.baseline());
      }
    }
    for (Tick gap : layout.gaps) {
      // An axis break (two slanted strokes) where the sequence axis skips time, noted above it.
      g.setColor(theme.background);
      g.fill(new Rectangle((int) Math.round(gap.x()) - 4, y - 3, 8, 6));
      g.setColor(theme.axis);
      g.draw(new Line2D.Double(gap.x() - 5, y + 4, gap.x() - 1, y - 4));
      g.draw(new Line2D.Double(gap.x() + 1, y + 4, gap.x() + 5, y - 4));
      double w = Palette.width(gap.label(), Palette.GAP);
      text(gap.label(), Palette.GAP, theme.muted, gap.x() - w / 2, y - 7);
    }
  }

  private void undated() {
    if (layout.undated.isEmpty()) {
      return;
    }
    int y = layout.undatedTop;
    int m = ChartLayout.MARGIN;
    text(layout.undatedHeading, Palette.SECTION, theme.text, m, y);
    y += ChartLayout.LINE + 6;
    for (UndatedLine line : layout.undated) {
      if (line.heading()) {
        text(line.text(), Palette.DATE, theme.muted, m + 4, y);
      } else {
        g.setColor(theme.muted);
        g.fill(new Ellipse2D.Double(m + 16, y - 7, 5, 5));
        text(line.text(), Palette.HEADLINE, theme.text, m + 28, y);
      }
      y += ChartLayout.LINE + 3;
    }
  }

  private void text(String s, Font font, Color colour, double x, double y) {
    g.setFont(font);
    g.setColor(colour);
    g.drawString(s, (float) x, (float) y);
  }
}
