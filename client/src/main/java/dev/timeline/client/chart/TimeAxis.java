package dev.timeline.client.chart;

import java.time.LocalDate;
import java.util.List;

/** Maps dates to horizontal pixel positions between the plot's left and right edges. */
interface TimeAxis {
  /** Left and right pixel of the mark of a dated entry. */
  double[] span(ChartEntry entry);

  /** Pixel of a publication day the axis was built to cover (NaN for any other day). */
  double publicationX(LocalDate day);

  List<Tick> ticks();

  /** Notes between labelled positions (the time skipped by a sequence axis); may be empty. */
  List<Tick> gaps();

  /** How the axis reads, for the subtitle. */
  String description();
}
