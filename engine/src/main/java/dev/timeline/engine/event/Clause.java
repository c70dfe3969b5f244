package dev.timeline.engine.event;

/**
 * A clause of a sentence: tokens [begin, end) of the sentence's token list.
 *
 * @param marker what opens it: a subordinator ("when", "after", "if"), "that" for a complement
 *     (also an unmarked one after "said"), "who" for a relative clause, "\"" for a quotation, or
 *     "" for a main or coordinate clause
 * @param parent index of the clause it depends on, or -1
 */
record Clause(int begin, int end, String marker, int parent) {
  boolean contains(int token) {
    return begin <= token && token < end;
  }

  boolean temporal() {
    return !marker.isEmpty() && Clauses.TEMPORAL_MARKERS.contains(marker);
  }

  boolean conditional() {
    return !marker.isEmpty() && Clauses.CONDITIONAL_MARKERS.contains(marker);
  }
}
