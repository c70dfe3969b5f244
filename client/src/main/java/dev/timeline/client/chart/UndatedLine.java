package dev.timeline.client.chart;

/** One line of the undated list: a group heading ("before publication (9)") or an entry. */
record UndatedLine(String text, boolean heading) {}
