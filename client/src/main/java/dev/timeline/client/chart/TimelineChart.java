package dev.timeline.client.chart;

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
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A chart of a timeline: dated events as marks on a time axis, the publication date, and the
 * entries known only relative to publication listed below. The same input gives byte-identical
 * files. Rendering needs no display ({@code java.awt.headless} is set if unset).
 *
 * <pre>{@code
 * TimelineChart.of(response.getTimeline(), ChartOptions.defaults().withTitle("Russia and ISIS"))
 *     .write(Path.of("timeline.svg"));
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

  private TimelineChart(ChartLayout layout) {
    this.layout = layout;
  }

  public static TimelineChart of(Timeline timeline, ChartOptions options) {
    return new TimelineChart(ChartLayout.of(timeline, options));
  }

  public static TimelineChart of(Timeline timeline) {
    return of(timeline, ChartOptions.defaults());
  }

  public int width() {
    return layout.width;
  }

  public int height() {
    return layout.height;
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
   * timeline-mark} whose {@code title} child gives its date and full headline (a tooltip).
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
    annotateMarks(doc, root);
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

  /** Writes the chart as a PNG image of {@link #width()} by {@link #height()} pixels. */
  public void writePng(OutputStream out) throws IOException {
    BufferedImage image = new BufferedImage(layout.width, layout.height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
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
   * Batik draws plain rectangles; find each mark's bar by its (integer) geometry and tag it, so
   * the SVG says which shapes are events and shows each one's full text on hover.
   */
  private void annotateMarks(Document doc, Element root) {
    NodeList rects = root.getElementsByTagNameNS("*", "rect");
    Set<Element> tagged = new HashSet<>();
    for (Mark mark : layout.marks) {
      Element rect = find(rects, mark.bar(), tagged);
      if (rect == null) {
        continue;
      }
      tagged.add(rect);
      rect.setAttributeNS(null, "class", "timeline-mark");
      rect.setAttributeNS(null, "data-position", Integer.toString(mark.entry().position()));
      Element tip = doc.createElementNS(SVG_NS, "title");
      tip.setTextContent(mark.entry().dateLabel() + ": " + mark.entry().headline());
      rect.appendChild(tip);
    }
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
