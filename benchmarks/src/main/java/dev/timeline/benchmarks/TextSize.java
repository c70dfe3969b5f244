package dev.timeline.benchmarks;

/** The input sizes benchmarks take as their {@code size} parameter. */
enum TextSize {
  KB_1(1_000),
  KB_100(100_000),
  MB_10(10_000_000);

  final int bytes;

  TextSize(int bytes) {
    this.bytes = bytes;
  }

  /** "1KB", "100KB", "10MB" as written in {@code -p size=...}. */
  static TextSize parse(String label) {
    return switch (label) {
      case "1KB" -> KB_1;
      case "100KB" -> KB_100;
      case "10MB" -> MB_10;
      default -> throw new IllegalArgumentException("size is 1KB, 100KB or 10MB, not " + label);
    };
  }
}
