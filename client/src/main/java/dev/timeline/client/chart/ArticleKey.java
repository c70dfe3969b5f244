package dev.timeline.client.chart;

/** A line under a merged chart's subtitle naming one article: "[2] Moscow weighs ... · 17 Sep". */
record ArticleKey(String text, double baseline) {}
