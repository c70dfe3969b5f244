package dev.timeline.server;

import dev.timeline.engine.Engines;
import dev.timeline.engine.TimelineEngine;

/**
 * One standard engine per JVM for embedded servers: models load once however many embedded
 * servers (tests, CLI invocations) are started. The engine is thread-safe.
 */
final class SharedEngine {
  private SharedEngine() {}

  private static final class Holder {
    static final TimelineEngine ENGINE = Engines.standard();
  }

  static TimelineEngine get() {
    return Holder.ENGINE;
  }
}
