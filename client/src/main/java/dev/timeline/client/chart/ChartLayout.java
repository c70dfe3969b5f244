package dev.timeline.client.chart;

import dev.timeline.client.export.Lane;
import dev.timeline.client.export.MergedTimeline;
import dev.timeline.client.export.ShortText;
import dev.timeline.client.export.TimelineItem;
import dev.timeline.proto.v1.EventClass;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The geometry of a chart, computed once from the timeline and shared by the SVG and PNG
 * renderings. Dated entries go into lanes (none, or one per article, actor or class); within a
 * lane they are packed into rows, each row holding marks whose bar-plus-label footprints do not
 * overlap, so labels never collide however dense the dates.
 */
final class ChartLayout {
  static final int MARGIN = 24;
  static final int LINE = 15;
  static final int BAR = 10;
  static final int ROW = BAR + 2 * LINE + 14;
  /** Room above a lane's rows for its title. */
  static final int BAND_TITLE = LINE + 6;
  private static final int LABEL_GAP = 14;
  private static final int TICK_ROWS = 3;
  private static final int PUBLICATION_ROWS = 3;
  /** AUTO switches to the sequence axis when two start dates come closer than this. */
  static final double CROWDED = 24;
  /** Undated entries listed before the rest is summarised in one line. */
  static final int MAX_UNDATED = 40;

  final ChartTheme theme;
  final int width;
  final int height;
  final String title;
  final String subtitle;
  final List<ArticleKey> articles;
  final List<LegendItem> legend;
  final int plotLeft;
  final int plotRight;
  final int plotTop;
  final int axisY;
  final boolean hasAxis;
  final List<Band> bands;
  final List<Mark> marks;
  final List<LabelledTick> ticks;
  final List<Tick> gaps;
  final List<PublicationLine> publications;
  final String undatedHeading;
  final List<UndatedLine> undated;
  final int undatedTop;

  private ChartLayout(Builder b) {
    theme = b.theme;
    width = b.width;
    height = b.height;
    title = b.title;
    subtitle = b.subtitle;
    articles = List.copyOf(b.articles);
    legend = List.copyOf(b.legend);
    plotLeft = b.plotLeft;
    plotRight = b.plotRight;
    plotTop = b.plotTop;
    axisY = b.axisY;
    hasAxis = b.axis != null;
    bands = List.copyOf(b.bands);
    marks = List.copyOf(b.marks);
    ticks = List.copyOf(b.ticks);
    gaps = b.axis == null ? List.of() : b.axis.gaps();
    publications = List.copyOf(b.publicationLines);
    undatedHeading = b.undatedHeading;
    undated = List.copyOf(b.undated);
    undatedTop = b.undatedTop;
  }

  /** The band of a lane, across the chart between the margins. */
  Rectangle bandRect(Band b) {
    return new Rectangle(MARGIN, b.top(), width - 2 * MARGIN, b.bottom() - b.top());
  }

  static ChartLayout of(MergedTimeline timeline, ChartOptions options) {
    return new Builder(timeline, options).build();
  }

  /** Mutable working state of one layout computation. */
  private static final class Builder {
    final MergedTimeline timeline;
    final ChartTheme theme;
    final int width;
    final String title;
    /** Publication days, each with the one-based numbers of the articles published that day. */
    final Map<LocalDate, List<Integer>> published = new TreeMap<>();
    final List<ChartEntry> dated = new ArrayList<>();
    final List<ChartEntry> notDated = new ArrayList<>();
    final ChartGroups groups;
    final int plotLeft;
    final int plotRight;
    final AxisLayout requested;
    TimeAxis axis;
    String subtitle;
    final List<ArticleKey> articles = new ArrayList<>();
    final List<LegendItem> legend = new ArrayList<>();
    final List<PublicationLine> publicationLines = new ArrayList<>();
    int plotTop;
    int axisY;
    int height;
    final List<Band> bands = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();
    final List<LabelledTick> ticks = new ArrayList<>();
    String undatedHeading = "";
    final List<UndatedLine> undated = new ArrayList<>();
    int undatedTop;

    Builder(MergedTimeline timeline, ChartOptions options) {
      this.timeline = timeline;
      theme = options.theme();
      width = options.width();
      title = options.title().isBlank() ? defaultTitle(timeline) : options.title().strip();
      requested = options.layout();
      for (Lane lane : timeline.lanes()) {
        LocalDate day = parseDate(lane.publicationDay());
        if (day != null) {
          published.computeIfAbsent(day, d -> new ArrayList<>()).add(lane.index() + 1);
        }
      }
      List<TimelineItem> items = timeline.items();
      for (int i = 0; i < items.size(); i++) {
        ChartEntry e = ChartEntry.of(timeline, items.get(i), i);
        (e.dated() ? dated : notDated).add(e);
      }
      groups = ChartGroups.of(timeline, options.lanes());
      plotLeft = MARGIN + 8;
      plotRight = width - MARGIN - 8;
    }

    ChartLayout build() {
      axis = chooseAxis();
      subtitle = subtitle();
      int y = MARGIN + 20 + 22; // title and subtitle baselines
      y = articleKey(y);
      y = legend(y + 26);
      int labelRows = publicationLabels();
      plotTop = y + 26 + (labelRows - 1) * LINE; // room for the publication labels
      int bottom = lanes(plotTop + 8);
      axisY = bottom + (axis != null && !axis.gaps().isEmpty() ? 16 : 4);
      bottom = ticks();
      if (!notDated.isEmpty()) {
        undatedTop = bottom + 28;
        bottom = undated(undatedTop);
      }
      height = bottom + MARGIN;
      return new ChartLayout(this);
    }

    private static String defaultTitle(MergedTimeline timeline) {
      if (timeline.merged()) {
        return "Timeline of " + timeline.lanes().size() + " articles";
      }
      return timeline.lanes().isEmpty() || timeline.lanes().get(0).documentId().startsWith("article-")
          ? "Timeline" : timeline.lanes().get(0).title();
    }

    private TimeAxis chooseAxis() {
      List<LocalDate> days = List.copyOf(published.keySet());
      if (dated.isEmpty() && days.isEmpty()) {
        return null;
      }
      if (requested == AxisLayout.SEQUENCE) {
        return SequenceAxis.covering(dated, days, plotLeft, plotRight);
      }
      ProportionalAxis proportional = ProportionalAxis.covering(dated, days, plotLeft, plotRight);
      if (requested == AxisLayout.AUTO && proportional.closestStarts(dated, days) < CROWDED) {
        return SequenceAxis.covering(dated, days, plotLeft, plotRight);
      }
      return proportional;
    }

    private String subtitle() {
      StringBuilder s = new StringBuilder();
      s.append(dated.size()).append(dated.size() == 1 ? " dated event" : " dated events");
      s.append(" · ").append(notDated.size()).append(" undated");
      if (published.size() == 1 && !timeline.merged()) {
        s.append(" · published ").append(DateLabels.day(published.keySet().iterator().next()));
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

    /** One line per article when several are merged: number, title, publication date. */
    private int articleKey(int baseline) {
      if (!timeline.merged()) {
        return baseline;
      }
      for (Lane lane : timeline.lanes()) {
        LocalDate day = parseDate(lane.publicationDay());
        String tail = " · " + lane.documentId()
            + (day == null ? "" : " · published " + DateLabels.day(day));
        String head = fit("[" + (lane.index() + 1) + "] " + lane.title(), Palette.SUBTITLE,
            width - 2 * MARGIN - Palette.width(tail, Palette.SUBTITLE));
        baseline += LINE + 2;
        articles.add(new ArticleKey(head + tail, baseline));
      }
      return baseline;
    }

    /** Legend swatches flowing left to right, wrapping at the plot's edge; returns the last baseline. */
    private int legend(int baseline) {
      TreeSet<EventClass> classes = new TreeSet<>(); // proto order; UNRECOGNIZED last
      boolean nonFactual = false;
      for (ChartEntry e : dated) {
        classes.add(e.eventClass());
        nonFactual |= !e.factual();
      }
      List<LegendItem> items = new ArrayList<>();
      for (EventClass c : classes) {
        items.add(new LegendItem(LegendItem.Kind.FILLED, theme.colour(c), Palette.name(c), 0, 0));
      }
      if (nonFactual) {
        items.add(
            new LegendItem(LegendItem.Kind.OUTLINED, theme.muted, "hypothetical or negated", 0, 0));
      }
      if (!published.isEmpty()) {
        items.add(new LegendItem(LegendItem.Kind.DASHED_LINE, theme.publication,
            published.size() == 1 && timeline.lanes().size() < 2 ? "publication date"
                : "publication dates", 0, 0));
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

    /**
     * A label over each publication line: "published 16 September 2014", or with several
     * articles "[1] 16 Sep 2014"; labels that would collide go on the next row. Returns the rows
     * used.
     */
    private int publicationLabels() {
      if (axis == null || published.isEmpty()) {
        return 1;
      }
      boolean tagged = timeline.merged();
      double[] rowEnds = new double[PUBLICATION_ROWS];
      Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
      int rows = 1;
      for (Map.Entry<LocalDate, List<Integer>> p : published.entrySet()) {
        double x = axis.publicationX(p.getKey());
        String label = tagged
            ? p.getValue().stream().map(String::valueOf)
                .collect(Collectors.joining(", ", "[", "] "))
                + "published " + DateLabels.shortDay(p.getKey())
            : "published " + DateLabels.day(p.getKey());
        double w = Palette.width(label, Palette.DATE);
        double lx = Math.max(MARGIN, Math.min(x - w / 2, width - MARGIN - w));
        int row = 0;
        while (row < PUBLICATION_ROWS - 1 && rowEnds[row] + 8 > lx) {
          row++;
        }
        rowEnds[row] = lx + w;
        rows = Math.max(rows, row + 1);
        publicationLines.add(new PublicationLine(x, label, lx, row));
      }
      return rows;
    }

    /** Places bars and labels lane by lane, packing each lane into rows; returns the bottom. */
    private int lanes(int top) {
      if (axis == null) {
        return top + ROW;
      }
      Map<String, List<ChartEntry>> byGroup = new LinkedHashMap<>();
      groups.names().forEach(n -> byGroup.put(n, new ArrayList<>()));
      dated.forEach(e -> byGroup.get(groups.of(e)).add(e));
      int y = top;
      int index = 0;
      for (Map.Entry<String, List<ChartEntry>> group : byGroup.entrySet()) {
        int rowsTop = groups.named() ? y + BAND_TITLE : y;
        int rows = Math.max(1, pack(group.getValue(), rowsTop));
        int bottom = rowsTop + rows * ROW;
        if (groups.named()) {
          bands.add(new Band(group.getKey(), index++, y, bottom, rows, group.getValue().size()));
        }
        y = bottom;
      }
      return y;
    }

    /** Packs marks into rows from {@code top}, earlier events first; returns the rows used. */
    private int pack(List<ChartEntry> entries, int top) {
      double maxLabel = Math.min(340, (plotRight - plotLeft) * 0.45);
      List<List<double[]>> rows = new ArrayList<>();
      for (ChartEntry e : entries) {
        double[] span = axis.span(e);
        int x0 = (int) Math.round(span[0]);
        int x1 = Math.max(x0 + 1, (int) Math.round(span[1]));
        String headline = fit(e.headline(), Palette.HEADLINE, maxLabel);
        double labelWidth = Math.max(
            Palette.width(headline, Palette.HEADLINE), Palette.width(e.dateLine(), Palette.DATE));
        double labelX = Math.max(plotLeft, Math.min(x0, plotRight - labelWidth));
        double start = Math.min(x0, labelX);
        double end = Math.max(x1, labelX + labelWidth) + LABEL_GAP;
        int row = 0;
        while (row < rows.size() && overlapsAny(rows.get(row), start, end)) {
          row++;
        }
        if (row == rows.size()) {
          rows.add(new ArrayList<>());
        }
        rows.get(row).add(new double[] {start, end});
        int barTop = top + row * ROW;
        marks.add(new Mark(e, new Rectangle(x0, barTop, x1 - x0, BAR), labelX,
            barTop + BAR + LINE, headline));
      }
      return rows.size();
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
      Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
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
          String text = e.tags().isEmpty() ? e.headline() : e.tags() + " " + e.headline();
          undated.add(new UndatedLine(fit(text, Palette.HEADLINE, room), false));
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
    // The same cut at the last word that fits (a prefix of this one, so no wider).
    return lo == 0 ? "…" : ShortText.of(clean, lo + 1);
  }

  /** The publication's day, or null when it is absent or unreadable. */
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
