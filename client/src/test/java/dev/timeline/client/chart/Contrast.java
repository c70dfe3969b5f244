package dev.timeline.client.chart;

import java.awt.Color;

/** WCAG 2.1 contrast ratio and a colour-vision-deficiency simulation, for theme tests. */
final class Contrast {
  private Contrast() {}

  /** (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter over darker. */
  static double ratio(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static double luminance(Color c) {
    double[] l = linear(c);
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  }

  static double[] linear(Color c) {
    return new double[] {channel(c.getRed()), channel(c.getGreen()), channel(c.getBlue())};
  }

  private static double channel(int v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB. */
  enum Vision {
    NORMAL(null),
    PROTANOPIA(new double[][] {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
        {-0.003882, -0.048116, 1.051998}}),
    DEUTERANOPIA(new double[][] {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
        {-0.011820, 0.042940, 0.968881}}),
    TRITANOPIA(new double[][] {
        {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
        {0.004733, 0.691367, 0.303900}});

    private final double[][] matrix;

    Vision(double[][] matrix) {
      this.matrix = matrix;
    }

    /** The colour as this reader sees it, in CIELAB (D65). */
    double[] lab(Color c) {
      double[] rgb = linear(c);
      if (matrix != null) {
        double[] s = new double[3];
        for (int i = 0; i < 3; i++) {
          double v = 0;
          for (int j = 0; j < 3; j++) {
            v += matrix[i][j] * rgb[j];
          }
          s[i] = Math.max(0, Math.min(1, v));
        }
        rgb = s;
      }
      double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
      double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
      double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
      double fx = f(x);
      double fy = f(y);
      double fz = f(z);
      return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
      return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
  }

  /** CIE76 colour difference of two colours as a reader with {@code vision} sees them. */
  static double distance(Color a, Color b, Vision vision) {
    double[] la = vision.lab(a);
    double[] lb = vision.lab(b);
    return Math.sqrt(Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2)
        + Math.pow(la[2] - lb[2], 2));
  }
}
