package dev.timeline.client.chart;

import dev.timeline.client.export.MergedTimeline;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.Timeline;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A chart of a timeline: dated events as marks on a time axis, optionally in lanes (per
 * article, actor or event class), the publication dates, and the entries known only relative to
 * publication listed below. Several articles merge into one chart ({@link MergedTimeline}), each
 * label naming the articles that report it. The same input gives byte-identical files. Rendering
 * needs no display ({@code java.awt.headless} is set if unset).
 *
 * <pre>{@code
 * TimelineChart.of(response, ChartOptions.defaults().withTheme(ChartTheme.DARK))
 *     .write(Path.of("timeline.svg"));
 * TimelineChart.of(MergedTimeline.of(List.of(Article.of(a), Article.of(b))), ChartOptions.defaults())
 *     .write(Path.of("both.png"));
 * }</pre>
 */
public final class TimelineChart {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private final ChartLayout layout;
  private final double scale;

  private TimelineChart(ChartLayout layout, double scale) {
    this.layout = layout;
    this.scale = scale;
  }

  /** The chart of one or several articles' timelines. */
  public static TimelineChart of(MergedTimeline timeline, ChartOptions options) {
    return new TimelineChart(ChartLayout.of(timeline, options), options.scale());
  }

  /** The chart of one article; the title defaults to its document id. */
  public static TimelineChart of(ExtractTimelineResponse response, ChartOptions options) {
    return of(MergedTimeline.of(response), options);
  }

  /** The chart of a bare timeline (no document id, so give the options a title). */
  public static TimelineChart of(Timeline timeline, ChartOptions options) {
    return of(ExtractTimelineResponse.newBuilder().setTimeline(timeline).build(), options);
  }

  public static TimelineChart of(Timeline timeline) {
    return of(timeline, ChartOptions.defaults());
  }

  /** Width in CSS pixels (the PNG has {@code scale} times as many). */
  public int width() {
    return layout.width;
  }

  /** Height in CSS pixels, which follows from the content. */
  public int height() {
    return layout.height;
  }

  /** Number of lanes (0 when the chart has none). */
  public int laneCount() {
    return layout.bands.size();
  }

  /** Number of dated entries drawn as marks on the axis. */
  public int markCount() {
    return layout.marks.size();
  }

  /** Writes SVG or PNG according to the file's extension ({@code .svg} or {@code .png}). */
  public void write(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try (OutputStream out = Files.newOutputStream(file)) {
      if (name.endsWith(".svg")) {
        writeSvg(out);
      } else if (name.endsWith(".png")) {
        writePng(out);
      } else {
        throw new IllegalArgumentException("chart file must end in .svg or .png: " + file);
      }
    }
  }

  /**
   * Writes the chart as an SVG document. Each mark is a {@code rect} of class {@code
   * timeline-mark} (with {@code data-item}, its item id, and {@code data-lane}) whose {@code
   * title} child gives its date, full headline and sources (a tooltip); each lane's band is a
   * {@code rect} of class {@code timeline-lane} with {@code data-lane}, its title. The root
   * carries {@code data-theme}.
   */
  public void writeSvg(OutputStream out) throws IOException {
    Document doc = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
    SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
    ctx.setComment(null); // no generator banner: the file is ours
    ctx.setEmbeddedFontsOn(false);
    ctx.setPrecision(2);
    SVGGraphics2D g = new SVGGraphics2D(ctx, false);
    g.setSVGCanvasSize(new Dimension(layout.width, layout.height));
    ChartPainter.paint(g, layout);
    Element root = g.getRoot();
    root.setAttributeNS(null, "viewBox", "0 0 " + layout.width + " " + layout.height);
    Element title = doc.createElementNS(SVG_NS, "title");
    title.setTextContent(layout.title);
    root.insertBefore(title, root.getFirstChild());
    root.setAttributeNS(null, "data-theme", layout.theme.cliName());
    annotate(doc, root);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    g.stream(root, writer, true, false);
    writer.flush();
  }

  public String toSvg() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeSvg(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the chart as a PNG image of {@link #width()} by {@link #height()} pixels times the
   * options' scale.
   */
  public void writePng(OutputStream out) throws IOException {
    BufferedImage image = new BufferedImage((int) Math.round(layout.width * scale),
        (int) Math.round(layout.height * scale), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(scale, scale);
      ChartPainter.paint(g, layout);
    } finally {
      g.dispose();
    }
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer available");
    }
  }

  public byte[] toPng() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writePng(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Batik draws plain rectangles; find each lane's band and each mark's bar by its (integer)
   * geometry and tag it, so the SVG says which shapes are lanes and events and shows each
   * event's full text on hover.
   */
  private void annotate(Document doc, Element root) {
    NodeList rects = root.getElementsByTagNameNS("*", "rect");
    Set<Element> tagged = new HashSet<>();
    for (Band band : layout.bands) {
      Element rect = find(rects, layout.bandRect(band), tagged);
      if (rect != null) {
        tagged.add(rect);
        rect.setAttributeNS(null, "class", "timeline-lane");
        rect.setAttributeNS(null, "data-lane", band.name());
      }
    }
    for (Mark mark : layout.marks) {
      Element rect = find(rects, mark.bar(), tagged);
      if (rect == null) {
        continue;
      }
      tagged.add(rect);
      ChartEntry e = mark.entry();
      rect.setAttributeNS(null, "class", "timeline-mark");
      rect.setAttributeNS(null, "data-item", e.id());
      laneOf(mark).ifPresent(b -> rect.setAttributeNS(null, "data-lane", b.name()));
      Element tip = doc.createElementNS(SVG_NS, "title");
      tip.setTextContent(e.dateLabel() + ": " + e.headline()
          + (e.tags().isEmpty() ? "" : " (reported by " + e.sources() + ")"));
      rect.appendChild(tip);
    }
  }

  private Optional<Band> laneOf(Mark mark) {
    int y = mark.bar().y;
    return layout.bands.stream().filter(b -> y >= b.top() && y < b.bottom()).findFirst();
  }

  private static Element find(NodeList rects, Rectangle bar, Set<Element> taken) {
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if (!taken.contains(r)
          && matches(r, "x", bar.x)
          && matches(r, "y", bar.y)
          && matches(r, "width", bar.width)
          && matches(r, "height", bar.height)) {
        return r;
      }
    }
    return null;
  }

  private static boolean matches(Element r, String attribute, int expected) {
    String v = r.getAttribute(attribute);
    try {
      return Math.abs(Double.parseDouble(v.isEmpty() ? "0" : v) - expected) < 0.01;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  List<Mark> marks() {
    return layout.marks;
  }
}
