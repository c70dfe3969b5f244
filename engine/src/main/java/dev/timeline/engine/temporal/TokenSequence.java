package dev.timeline.engine.temporal;

import java.util.Arrays;
import java.util.Locale;

/**
 * The text cut into words, numbers and single punctuation marks in one pass. Digits directly
 * followed by letters stay one token ("14th", "1990s"); everything else splits, so "10:30",
 * "9/14/2014" and "third-quarter" become several tokens whose adjacency the grammar checks.
 */
final class TokenSequence {
  static final byte WORD = 1;
  static final byte NUMBER = 2;
  static final byte ALNUM = 3;
  static final byte PUNCT = 4;

  private final String text;
  private int size;
  private int[] begin = new int[64];
  private int[] end = new int[64];
  private byte[] kind = new byte[64];
  private String[] lower = new String[64];

  private TokenSequence(String text) {
    this.text = text;
  }

  static TokenSequence of(String text) {
    TokenSequence t = new TokenSequence(text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isDigit(c)) {
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        if (i < n && Character.isLetter(text.charAt(i))) {
          while (i < n && Character.isLetter(text.charAt(i))) {
            i++;
          }
          t.add(start, i, ALNUM);
        } else {
          t.add(start, i, NUMBER);
        }
      } else if (Character.isLetter(c)) {
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
        t.add(start, i, WORD);
      } else {
        // A surrogate pair stays one token so that spans never split a code point.
        i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
        t.add(start, i, PUNCT);
      }
    }
    return t;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void add(int b, int e, byte k) {
    if (size == begin.length) {
      int cap = size * 2;
      begin = Arrays.copyOf(begin, cap);
      end = Arrays.copyOf(end, cap);
      kind = Arrays.copyOf(kind, cap);
      lower = Arrays.copyOf(lower, cap);
    }
    begin[size] = b;
    end[size] = e;
    kind[size] = k;
    String s = text.substring(b, e);
    lower[size] = k == WORD || k == ALNUM ? s.toLowerCase(Locale.ROOT) : s;
    size++;
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  int begin(int i) {
    return begin[i];
  }

  int end(int i) {
    return end[i];
  }

  /** The lower-cased token, or "" past either end so rules can look ahead without checks. */
  String lower(int i) {
    return i >= 0 && i < size ? lower[i] : "";
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && kind[i] == NUMBER;
  }

  boolean isAlnum(int i) {
    return i >= 0 && i < size && kind[i] == ALNUM;
  }

  boolean isPunct(int i) {
    return i >= 0 && i < size && kind[i] == PUNCT;
  }

  boolean is(int i, String lowerWord) {
    return i >= 0 && i < size && lower[i].equals(lowerWord);
  }

  boolean capitalized(int i) {
    return i >= 0 && i < size && Character.isUpperCase(text.charAt(begin[i]));
  }

  /** Whether token i ends exactly where token i + 1 begins (no space between). */
  boolean touches(int i) {
    return i >= 0 && i + 1 < size && end[i] == begin[i + 1];
  }

  /** Numeric value of a NUMBER token, or -1 if it has more than 9 digits. */
  int intValue(int i) {
    if (!isNumber(i) || end[i] - begin[i] > 9) {
      return -1;
    }
    return Integer.parseInt(lower[i]);
  }

  int digits(int i) {
    return isNumber(i) ? end[i] - begin[i] : 0;
  }
}
