package dev.timeline.client.chart;

/** A labelled position on the time axis. */
record Tick(double x, String label) {}
