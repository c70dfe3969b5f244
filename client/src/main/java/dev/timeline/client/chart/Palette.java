package dev.timeline.client.chart;

import dev.timeline.proto.v1.EventClass;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.util.Map;

/**
 * Colours, fonts and strokes. Event classes take the Okabe-Ito palette, which colour-blind readers
 * can tell apart; text is near-black on white.
 */
final class Palette {
  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
  static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font DATE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
  static final Font HEADLINE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Font GAP = new Font(Font.SANS_SERIF, Font.ITALIC, 10);
  static final Font SECTION = new Font(Font.SANS_SERIF, Font.BOLD, 13);

  /** Layout measures text with the same hints the PNG is drawn with. */
  static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

  static final Color BACKGROUND = Color.WHITE;
  static final Color TEXT = new Color(0x22, 0x22, 0x22);
  static final Color MUTED = new Color(0x66, 0x66, 0x66);
  static final Color AXIS = new Color(0x33, 0x33, 0x33);
  static final Color GRID = new Color(0xE4, 0xE4, 0xE4);
  static final Color PUBLICATION = new Color(0xB2, 0x18, 0x2B);

  static final Stroke THIN = new BasicStroke(1f);
  static final Stroke AXIS_STROKE = new BasicStroke(1.5f);
  static final Stroke DASHED =
      new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
  static final Stroke OUTLINE = new BasicStroke(1.5f);

  private static final Map<EventClass, Color> CLASS_COLOURS =
      Map.of(
          EventClass.EVENT_CLASS_OCCURRENCE, new Color(0x00, 0x72, 0xB2),
          EventClass.EVENT_CLASS_REPORTING, new Color(0xE6, 0x9F, 0x00),
          EventClass.EVENT_CLASS_STATE, new Color(0x00, 0x9E, 0x73),
          EventClass.EVENT_CLASS_I_ACTION, new Color(0xD5, 0x5E, 0x00),
          EventClass.EVENT_CLASS_I_STATE, new Color(0xCC, 0x79, 0xA7),
          EventClass.EVENT_CLASS_ASPECTUAL, new Color(0x56, 0xB4, 0xE9),
          EventClass.EVENT_CLASS_PERCEPTION, new Color(0x8C, 0x7B, 0x00));

  private static final Map<EventClass, String> CLASS_NAMES =
      Map.of(
          EventClass.EVENT_CLASS_OCCURRENCE, "occurrence",
          EventClass.EVENT_CLASS_REPORTING, "reporting",
          EventClass.EVENT_CLASS_STATE, "state",
          EventClass.EVENT_CLASS_I_ACTION, "intention / request",
          EventClass.EVENT_CLASS_I_STATE, "belief / expectation",
          EventClass.EVENT_CLASS_ASPECTUAL, "beginning / end",
          EventClass.EVENT_CLASS_PERCEPTION, "perception");

  private Palette() {}

  static Color colour(EventClass c) {
    return CLASS_COLOURS.getOrDefault(c, new Color(0x77, 0x77, 0x77));
  }

  static String name(EventClass c) {
    return CLASS_NAMES.getOrDefault(c, "unclassified");
  }

  /** A light tint of the colour, for the inside of outlined (non-factual) marks. */
  static Color tint(Color c) {
    return new Color(
        255 - (255 - c.getRed()) / 4, 255 - (255 - c.getGreen()) / 4, 255 - (255 - c.getBlue()) / 4);
  }

  static double width(String text, Font font) {
    return font.getStringBounds(text, METRICS).getWidth();
  }
}
