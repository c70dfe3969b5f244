package dev.timeline.client.chart;

import dev.timeline.proto.v1.EventClass;
import dev.timeline.proto.v1.Timeline;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The geometry of a chart, computed once from the timeline and shared by the SVG and PNG
 * renderings. Dated entries are packed into lanes: each lane holds marks whose bar-plus-label
 * footprints do not overlap, so labels never collide however dense the dates.
 */
final class ChartLayout {
  static final int MARGIN = 24;
  static final int LINE = 15;
  static final int BAR = 10;
  static final int LANE = BAR + 2 * LINE + 14;
  private static final int LABEL_GAP = 14;
  private static final int TICK_ROWS = 3;
  /** AUTO switches to the sequence axis when two start dates come closer than this. */
  static final double CROWDED = 24;
  /** Undated entries listed before the rest is summarised in one line. */
  static final int MAX_UNDATED = 40;

  final int width;
  final int height;
  final String title;
  final String subtitle;
  final List<LegendItem> legend;
  final int plotLeft;
  final int plotRight;
  final int plotTop;
  final int axisY;
  final boolean hasAxis;
  final List<Mark> marks;
  final List<LabelledTick> ticks;
  final List<Tick> gaps;
  final double publicationX;
  final String publicationLabel;
  final String undatedHeading;
  final List<UndatedLine> undated;
  final int undatedTop;

  private ChartLayout(Builder b) {
    width = b.width;
    height = b.height;
    title = b.title;
    subtitle = b.subtitle;
    legend = List.copyOf(b.legend);
    plotLeft = b.plotLeft;
    plotRight = b.plotRight;
    plotTop = b.plotTop;
    axisY = b.axisY;
    hasAxis = b.axis != null;
    marks = List.copyOf(b.marks);
    ticks = List.copyOf(b.ticks);
    gaps = b.axis == null ? List.of() : b.axis.gaps();
    publicationX = b.axis == null ? Double.NaN : b.axis.publicationX();
    publicationLabel = b.publication == null ? "" : "published " + DateLabels.day(b.publication);
    undatedHeading = b.undatedHeading;
    undated = List.copyOf(b.undated);
    undatedTop = b.undatedTop;
  }

  static ChartLayout of(Timeline timeline, ChartOptions options) {
    return new Builder(timeline, options).build();
  }

  /** Mutable working state of one layout computation. */
  private static final class Builder {
    final int width;
    final String title;
    final LocalDate publication;
    final List<ChartEntry> dated = new ArrayList<>();
    final List<ChartEntry> notDated = new ArrayList<>();
    final int plotLeft;
    final int plotRight;
    final AxisLayout requested;
    TimeAxis axis;
    String subtitle;
    final List<LegendItem> legend = new ArrayList<>();
    int plotTop;
    int axisY;
    int height;
    final List<Mark> marks = new ArrayList<>();
    final List<LabelledTick> ticks = new ArrayList<>();
    String undatedHeading = "";
    final List<UndatedLine> undated = new ArrayList<>();
    int undatedTop;

    Builder(Timeline timeline, ChartOptions options) {
      width = options.width();
      title = options.title();
      requested = options.layout();
      publication = parseDate(timeline.getPublicationDate());
      timeline.getEntriesList().stream()
          .map(ChartEntry::of)
          .forEach(e -> (e.dated() ? dated : notDated).add(e));
      plotLeft = MARGIN + 8;
      plotRight = width - MARGIN - 8;
    }

    ChartLayout build() {
      axis = chooseAxis();
      subtitle = subtitle();
      int y = MARGIN + 20 + 22 + 26; // title, subtitle, legend baselines
      y = legend(y);
      plotTop = y + 26; // room for the publication label above the plot
      int lanes = lanes(plotTop + 8);
      int lanesBottom = plotTop + 8 + Math.max(1, lanes) * LANE;
      axisY = lanesBottom + (axis != null && !axis.gaps().isEmpty() ? 16 : 4);
      int bottom = ticks();
      if (!notDated.isEmpty()) {
        undatedTop = bottom + 28;
        bottom = undated(undatedTop);
      }
      height = bottom + MARGIN;
      return new ChartLayout(this);
    }

    private TimeAxis chooseAxis() {
      if (dated.isEmpty() && publication == null) {
        return null;
      }
      if (requested == AxisLayout.SEQUENCE) {
        return SequenceAxis.covering(dated, publication, plotLeft, plotRight);
      }
      ProportionalAxis proportional =
          ProportionalAxis.covering(dated, publication, plotLeft, plotRight);
      if (requested == AxisLayout.AUTO
          && proportional.closestStarts(dated, publication) < CROWDED) {
        return SequenceAxis.covering(dated, publication, plotLeft, plotRight);
      }
      return proportional;
    }

    private String subtitle() {
      StringBuilder s = new StringBuilder();
      s.append(dated.size()).append(dated.size() == 1 ? " dated event" : " dated events");
      s.append(" · ").append(notDated.size()).append(" undated");
      if (publication != null) {
        s.append(" · published ").append(DateLabels.day(publication));
      }
      if (axis != null) {
        s.append(" · ").append(axis.description());
        s.append(
            axis instanceof SequenceAxis
                ? "; bar width grows with the date's span (day … decade)"
                : "; bar width is the date's span");
      }
      return s.toString();
    }

    /** Legend swatches flowing left to right, wrapping at the plot's edge; returns the last baseline. */
    private int legend(int baseline) {
      TreeSet<EventClass> classes = new TreeSet<>(Comparator.comparingInt(EventClass::getNumber));
      boolean nonFactual = false;
      for (ChartEntry e : dated) {
        classes.add(e.eventClass());
        nonFactual |= !e.factual();
      }
      List<LegendItem> items = new ArrayList<>();
      for (EventClass c : classes) {
        items.add(new LegendItem(LegendItem.Kind.FILLED, Palette.colour(c), Palette.name(c), 0, 0));
      }
      if (nonFactual) {
        items.add(
            new LegendItem(
                LegendItem.Kind.OUTLINED, Palette.MUTED, "hypothetical or negated", 0, 0));
      }
      if (publication != null) {
        items.add(
            new LegendItem(
                LegendItem.Kind.DASHED_LINE, Palette.PUBLICATION, "publication date", 0, 0));
      }
      double x = MARGIN;
      for (LegendItem item : items) {
        double w = 18 + 6 + Palette.width(item.text(), Palette.SUBTITLE) + 18;
        if (x + w > width - MARGIN && x > MARGIN) {
          x = MARGIN;
          baseline += LINE + 4;
        }
        legend.add(new LegendItem(item.kind(), item.colour(), item.text(), x, baseline));
        x += w;
      }
      return baseline;
    }

    /** Places bars and labels, packing them into lanes; returns the number of lanes. */
    private int lanes(int top) {
      if (axis == null) {
        return 0;
      }
      double maxLabel = Math.min(340, (plotRight - plotLeft) * 0.45);
      record Placed(ChartEntry entry, int x0, int x1, double labelX, String headline, double end) {}
      List<Placed> placed = new ArrayList<>();
      for (ChartEntry e : dated) {
        double[] span = axis.span(e);
        int x0 = (int) Math.round(span[0]);
        int x1 = Math.max(x0 + 1, (int) Math.round(span[1]));
        String headline = fit(e.headline(), Palette.HEADLINE, maxLabel);
        double labelWidth =
            Math.max(
                Palette.width(headline, Palette.HEADLINE), Palette.width(e.dateLabel(), Palette.DATE));
        double labelX = Math.max(plotLeft, Math.min(x0, plotRight - labelWidth));
        placed.add(new Placed(e, x0, x1, labelX, headline, Math.max(x1, labelX + labelWidth)));
      }
      // Time order (the timeline's own), each mark in the first lane where nothing it would
      // cover is taken: earlier events read first, top to bottom.
      placed.sort(Comparator.comparingInt(p -> p.entry().position()));
      List<List<double[]>> laneSpans = new ArrayList<>();
      for (Placed p : placed) {
        double start = Math.min(p.x0(), p.labelX());
        double end = p.end() + LABEL_GAP;
        int lane = 0;
        while (lane < laneSpans.size() && overlapsAny(laneSpans.get(lane), start, end)) {
          lane++;
        }
        if (lane == laneSpans.size()) {
          laneSpans.add(new ArrayList<>());
        }
        laneSpans.get(lane).add(new double[] {start, end});
        int barTop = top + lane * LANE;
        marks.add(
            new Mark(
                p.entry(),
                new Rectangle(p.x0(), barTop, p.x1() - p.x0(), BAR),
                p.labelX(),
                barTop + BAR + LINE,
                p.headline()));
      }
      return laneSpans.size();
    }

    private static boolean overlapsAny(List<double[]> spans, double start, double end) {
      for (double[] s : spans) {
        if (start < s[1] && s[0] < end) {
          return true;
        }
      }
      return false;
    }

    /** Tick labels centred on their ticks, staggered over up to three rows; returns the bottom. */
    private int ticks() {
      if (axis == null) {
        return axisY;
      }
      double[] rowEnds = new double[TICK_ROWS];
      java.util.Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
      int rowsUsed = 1;
      for (Tick t : axis.ticks()) {
        String label = fit(t.label(), Palette.TICK, (plotRight - plotLeft) / 2.0);
        double w = Palette.width(label, Palette.TICK);
        double x = Math.max(MARGIN, Math.min(t.x() - w / 2, width - MARGIN - w));
        int row = 0;
        while (row < TICK_ROWS && rowEnds[row] + 10 > x) {
          row++;
        }
        if (row == TICK_ROWS) {
          ticks.add(new LabelledTick(t.x(), "", x, 0)); // tick kept, label dropped: no room
          continue;
        }
        rowEnds[row] = x + w;
        rowsUsed = Math.max(rowsUsed, row + 1);
        ticks.add(new LabelledTick(t.x(), label, x, axisY + 8 + 12 + row * (LINE - 1)));
      }
      return axisY + 8 + 12 + (rowsUsed - 1) * (LINE - 1);
    }

    /**
     * The undated entries grouped under their relation to publication ("before publication",
     * ...), in timeline order; beyond {@link #MAX_UNDATED} lines the rest is summarised.
     */
    private int undated(int top) {
      undatedHeading =
          "Not on the calendar: placed only relative to publication (" + notDated.size() + ")";
      double room = width - 2 * MARGIN - 30;
      Map<String, List<ChartEntry>> groups = new LinkedHashMap<>();
      for (ChartEntry e : notDated) {
        groups.computeIfAbsent(e.dateLabel(), k -> new ArrayList<>()).add(e);
      }
      int shown = 0;
      for (Map.Entry<String, List<ChartEntry>> group : groups.entrySet()) {
        if (shown >= MAX_UNDATED) {
          break;
        }
        undated.add(new UndatedLine(group.getKey() + " (" + group.getValue().size() + ")", true));
        for (ChartEntry e : group.getValue()) {
          if (shown++ >= MAX_UNDATED) {
            break;
          }
          undated.add(new UndatedLine(fit(e.headline(), Palette.HEADLINE, room), false));
        }
      }
      if (notDated.size() > MAX_UNDATED) {
        undated.add(
            new UndatedLine("… and " + (notDated.size() - MAX_UNDATED) + " more", false));
      }
      return top + LINE + 6 + undated.size() * (LINE + 3);
    }
  }

  /** The text, shortened with an ellipsis to fit {@code width} pixels. */
  static String fit(String text, Font font, double width) {
    String clean = text.replaceAll("\\s+", " ").strip();
    if (Palette.width(clean, font) <= width) {
      return clean;
    }
    int lo = 0;
    int hi = clean.length();
    while (lo < hi) { // longest prefix that fits together with the ellipsis
      int mid = (lo + hi + 1) / 2;
      if (Palette.width(clean.substring(0, mid).stripTrailing() + "…", font) <= width) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return clean.substring(0, lo).stripTrailing() + "…";
  }

  /** The publication date's day, or null when it is absent or unreadable. */
  private static LocalDate parseDate(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
