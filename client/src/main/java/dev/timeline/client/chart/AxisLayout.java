package dev.timeline.client.chart;

/** How the time axis maps dates to positions. */
public enum AxisLayout {
  /**
   * {@link #PROPORTIONAL} when every date stays clear of its neighbours on it, otherwise {@link
   * #SEQUENCE}. News mixes background years with days around publication (2003, 2007, three
   * days in September 2014): a proportional axis piles the recent days onto one pixel, so such
   * data gets the sequence layout.
   */
  AUTO,
  /** Distance on the axis is proportional to time; a mark's width is its date's real span. */
  PROPORTIONAL,
  /**
   * Distinct dates equally spaced in order, each labelled on the axis; a mark's width grows with
   * the logarithm of its date's span (a day is narrow, a year wide).
   */
  SEQUENCE
}
