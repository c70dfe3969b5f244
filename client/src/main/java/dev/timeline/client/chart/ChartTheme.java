package dev.timeline.client.chart;

import dev.timeline.proto.v1.EventClass;
import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * The colours of a chart (and of the interactive page). Both themes were chosen with the same
 * two checks, which {@code ChartThemeTest} repeats: every mark colour has at least 3:1 contrast
 * against the background and every text colour at least 4.5:1 (WCAG 2.1, 1.4.11 and 1.4.3); and
 * the event-class colours stay apart for readers with protanopia, deuteranopia and tritanopia
 * (Machado et al. 2009 simulation, smallest CIELAB distance between two class colours above 8;
 * the plain Okabe-Ito set falls to 3.5 under protanopia once a seventh colour joins it). The
 * light set keeps Okabe-Ito's blue, vermillion and bluish green, darkens its reddish purple a
 * little and replaces the yellow, orange and sky blue, which are too pale on white; the dark set
 * keeps the pale ones and lightens the rest.
 */
public enum ChartTheme {
  LIGHT(
      rgb(0xFFFFFF), rgb(0xF3F5F7), rgb(0x1F2933), rgb(0x52606D), rgb(0x3E4C59), rgb(0xE1E6EB),
      rgb(0xB2182B),
      List.of(rgb(0x0072B2), rgb(0xC1699A), rgb(0x009E73), rgb(0xD55E00), rgb(0x6A3D9A),
          rgb(0x2F8FBF), rgb(0x3B3B3B)),
      rgb(0x767676)),
  DARK(
      rgb(0x16191D), rgb(0x1F2429), rgb(0xE4E7EB), rgb(0xA7B1BC), rgb(0xCBD2D9), rgb(0x30363D),
      rgb(0xFF7B72),
      List.of(rgb(0x56B4E9), rgb(0xE69F00), rgb(0x2DBF8F), rgb(0xF07F6A), rgb(0xCC79A7),
          rgb(0xA08CF0), rgb(0xF0E442)),
      rgb(0x8C8C8C));

  final Color background;
  /** Alternate lane bands. */
  final Color band;
  final Color text;
  final Color muted;
  final Color axis;
  final Color grid;
  final Color publication;
  /** Event classes in proto order, occurrence first; also the colours of article lanes. */
  private final List<Color> classes;
  private final Color unclassified;

  ChartTheme(Color background, Color band, Color text, Color muted, Color axis, Color grid,
      Color publication, List<Color> classes, Color unclassified) {
    this.background = background;
    this.band = band;
    this.text = text;
    this.muted = muted;
    this.axis = axis;
    this.grid = grid;
    this.publication = publication;
    this.classes = classes;
    this.unclassified = unclassified;
  }

  /** The theme named {@code light} or {@code dark} (any case). */
  public static ChartTheme fromName(String name) {
    for (ChartTheme t : values()) {
      if (t.cliName().equalsIgnoreCase(name.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown chart theme '" + name + "'; use light or dark");
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mark colour of an event class; grey when unset. */
  public Color colour(EventClass c) {
    int n = c == EventClass.UNRECOGNIZED ? 0 : c.getNumber();
    return n >= 1 && n <= classes.size() ? classes.get(n - 1) : unclassified;
  }

  /** The categorical colours in order (the class colours), for lanes that are not classes. */
  public List<Color> categorical() {
    return classes;
  }

  /** The colour of text on the page. */
  public Color textColour() {
    return text;
  }

  public Color mutedColour() {
    return muted;
  }

  public Color backgroundColour() {
    return background;
  }

  public Color publicationColour() {
    return publication;
  }

  /** The colour mixed a quarter of the way from the background: the inside of outlined marks. */
  Color tint(Color c) {
    return mix(background, c, 0.25);
  }

  static Color mix(Color from, Color to, double share) {
    return new Color(
        (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * share),
        (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * share),
        (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * share));
  }

  /** {@code #rrggbb}, for CSS and SVG. */
  public static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  private static Color rgb(int v) {
    return new Color(v);
  }
}
