package dev.timeline.client.chart;

import java.awt.Color;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A chart's SVG parsed as XML, read through its structure: marks, lanes, fills. */
final class ChartSvg {
  /** Batik writes {@code fill:rgb(r,g,b)}, or a colour's name for white and black. */
  private static final Pattern FILL =
      Pattern.compile("(?:^|;)\\s*fill:\\s*(?:rgb\\((\\d+),(\\d+),(\\d+)\\)|(white|black))");

  final Document doc;

  private ChartSvg(Document doc) {
    this.doc = doc;
  }

  static ChartSvg parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    // Batik writes the SVG 1.0 DOCTYPE; parse offline without fetching its DTD.
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return new ChartSvg(f.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
  }

  Element root() {
    return doc.getDocumentElement();
  }

  /** The {@code rect} elements of a class ({@code timeline-mark}, {@code timeline-lane}). */
  List<Element> rects(String cssClass) {
    return elements("rect").stream().filter(e -> cssClass.equals(e.getAttribute("class"))).toList();
  }

  List<Element> marks() {
    return rects("timeline-mark");
  }

  List<String> lanes() {
    return rects("timeline-lane").stream().map(e -> e.getAttribute("data-lane")).toList();
  }

  List<Element> elements(String name) {
    NodeList nodes = doc.getElementsByTagNameNS("*", name);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  /** The fill an element is painted with: its own style's, else the nearest ancestor's. */
  static Color fill(Element e) {
    for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
      Matcher m = FILL.matcher(el.getAttribute("style"));
      if (m.find()) {
        if (m.group(4) != null) {
          return m.group(4).equals("white") ? Color.WHITE : Color.BLACK;
        }
        return new Color(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
    }
    return Color.BLACK;
  }

  static double number(Element e, String attribute) {
    String v = e.getAttribute(attribute);
    return v.isEmpty() ? 0 : Double.parseDouble(v);
  }
}
