package dev.timeline.client.chart;

/** A tick whose label sits on one of a few staggered rows so neighbours never overlap. */
record LabelledTick(double x, String label, double labelX, double baseline) {}
