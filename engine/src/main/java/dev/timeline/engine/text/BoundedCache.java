package dev.timeline.engine.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of a pure function that stops growing at a fixed number of entries: the
 * frequent keys of a text (words, their contexts) are seen first, so a full cache still answers
 * most lookups, and a hostile stream of unique keys cannot exhaust memory.
 */
final class BoundedCache<K, V> {
  private final Map<K, V> entries = new ConcurrentHashMap<>();
  private final int limit;
  private final Function<K, V> compute;

  BoundedCache(int limit, Function<K, V> compute) {
    this.limit = limit;
    this.compute = compute;
  }

  V get(K key) {
    V value = entries.get(key);
    if (value == null) {
      value = compute.apply(key);
      if (entries.size() < limit) {
        entries.put(key, value);
      }
    }
    return value;
  }
}
