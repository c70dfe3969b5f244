package dev.timeline.client.chart;

/** A dashed line at a publication day, labelled above the plot on one of a few rows. */
record PublicationLine(double x, String label, double labelX, int row) {}
