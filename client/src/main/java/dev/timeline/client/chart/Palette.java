package dev.timeline.client.chart;

import dev.timeline.proto.v1.EventClass;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.util.Map;

/** Fonts, strokes and the names of event classes; colours come from the {@link ChartTheme}. */
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

  static final Stroke THIN = new BasicStroke(1f);
  static final Stroke AXIS_STROKE = new BasicStroke(1.5f);
  static final Stroke DASHED =
      new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
  static final Stroke OUTLINE = new BasicStroke(1.5f);

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

  static String name(EventClass c) {
    return CLASS_NAMES.getOrDefault(c, "unclassified");
  }

  static double width(String text, Font font) {
    return font.getStringBounds(text, METRICS).getWidth();
  }
}
