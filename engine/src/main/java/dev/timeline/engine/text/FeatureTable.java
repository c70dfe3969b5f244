package dev.timeline.engine.text;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A maxent model's map from feature string to parameter row, as an open-addressing table. Text
 * never seen before costs some twenty lookups per word and model, most of them of features the
 * model does not know; a {@code HashMap} reads a bucket and then a node for each, this table
 * usually one entry of a compact array of hashes, and compares a key only when the hashes agree.
 * Answers the same rows as the map. Read-only after construction, so thread-safe.
 */
final class FeatureTable {
  /** Fibonacci hashing spreads String hash codes, whose low bits cluster, over the table. */
  private static final int SPREAD = 0x9E3779B9;

  /**
   * Per slot, {@link #STRIDE} ints: the key's hash with its lowest bit set (so that 0 marks an
   * empty slot), where its characters begin in {@link #chars} and how many there are. A hit then
   * reads this array and one run of {@link #chars}, not a key reference, its String and that
   * String's bytes (three scattered reads that cost more than the comparison on unseen text).
   */
  private final int[] slots;
  /** The keys' characters, one after another. */
  private final char[] chars;
  private final Context[] rows;
  private final int mask;
  private final int shift;

  private static final int STRIDE = 3;

  FeatureTable(Map<String, Context> map) {
    // At most half full: a miss then ends at the first or second slot it reads.
    int capacity = Integer.highestOneBit(Math.max(2, map.size()) * 4 - 1);
    long total = 0;
    for (String key : map.keySet()) {
      total += key.length();
    }
    slots = new int[capacity * STRIDE];
    chars = new char[Math.toIntExact(total)];
    rows = new Context[capacity];
    mask = capacity - 1;
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
    int at = 0;
    for (Map.Entry<String, Context> e : map.entrySet()) {
      String key = e.getKey();
      int h = key.hashCode();
      int i = slot(h);
      while (slots[i * STRIDE] != 0) {
        i = (i + 1) & mask;
      }
      slots[i * STRIDE] = h | 1;
      slots[i * STRIDE + 1] = at;
      slots[i * STRIDE + 2] = key.length();
      key.getChars(0, key.length(), chars, at);
      at += key.length();
      rows[i] = e.getValue();
    }
  }

  /** The row of the feature, or null when the model does not know it. */
  Context get(String feature) {
    int h = feature.hashCode();
    int tag = h | 1;
    for (int i = slot(h); ; i = (i + 1) & mask) {
      int t = slots[i * STRIDE];
      if (t == 0) {
        return null;
      }
      if (t == tag && slots[i * STRIDE + 2] == feature.length()
          && matches(slots[i * STRIDE + 1], feature, 0, feature.length())) {
        return rows[i];
      }
    }
  }

  /**
   * The row of the feature {@code head + word.substring(from, to)}, found without building that
   * string: {@code rangeHash} is the range's {@link String#hashCode}, from which the feature's
   * own hash follows ({@link #hash}). Same row as {@link #get(String)} of the built string.
   */
  Context get(String head, String word, int from, int to, int rangeHash) {
    int length = to - from;
    int h = hash(head, length, rangeHash);
    int tag = h | 1;
    for (int i = slot(h); ; i = (i + 1) & mask) {
      int t = slots[i * STRIDE];
      if (t == 0) {
        return null;
      }
      if (t == tag && slots[i * STRIDE + 2] == head.length() + length) {
        int at = slots[i * STRIDE + 1];
        if (matches(at, head, 0, head.length())
            && matches(at + head.length(), word, from, length)) {
          return rows[i];
        }
      }
    }
  }

  /**
   * Whether {@link #chars} from {@code at} hold {@code length} chars of {@code text} from {@code
   * from}.
   */
  private boolean matches(int at, String text, int from, int length) {
    for (int k = 0; k < length; k++) {
      if (chars[at + k] != text.charAt(from + k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The row of the feature {@code head + word + tail}, found without building that string;
   * {@code wordHash} is the word's {@link String#hashCode}. Same row as {@link #get(String)} of
   * the built string.
   */
  Context get(String head, String word, int wordHash, String tail) {
    int length = head.length() + word.length() + tail.length();
    int h = hash(head, word.length(), wordHash) * power31(tail.length()) + tail.hashCode();
    int tag = h | 1;
    for (int i = slot(h); ; i = (i + 1) & mask) {
      int t = slots[i * STRIDE];
      if (t == 0) {
        return null;
      }
      if (t == tag && slots[i * STRIDE + 2] == length) {
        int at = slots[i * STRIDE + 1];
        if (matches(at, head, 0, head.length())
            && matches(at + head.length(), word, 0, word.length())
            && matches(at + head.length() + word.length(), tail, 0, tail.length())) {
          return rows[i];
        }
      }
    }
  }

  /**
   * {@link String#hashCode} of {@code head} followed by a text of {@code length} characters whose
   * hash is {@code tailHash}: the polynomial hash of a concatenation, {@code h(a) * 31^|b| + h(b)}.
   */
  static int hash(String head, int length, int tailHash) {
    return head.hashCode() * power31(length) + tailHash;
  }

  /** 31 to the {@code n}th power, in int arithmetic as String.hashCode computes it. */
  static int power31(int n) {
    if (n < POWERS.length) {
      return POWERS[n];
    }
    int p = POWERS[POWERS.length - 1];
    for (int k = POWERS.length - 1; k < n; k++) {
      p *= 31;
    }
    return p;
  }

  private static final int[] POWERS = new int[64];

  static {
    POWERS[0] = 1;
    for (int k = 1; k < POWERS.length; k++) {
      POWERS[k] = POWERS[k - 1] * 31;
    }
  }

  private int slot(int h) {
    return (h * SPREAD) >>> shift;
  }
}
