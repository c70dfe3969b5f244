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

  /** Single ASCII marks as shared strings: no substring per comma or full stop. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  static TokenSequence of(String text) {
    TokenSequence t = new TokenSequence(text);
    // One copy of the characters: indexing an array beats String.charAt on UTF-16 text.
    char[] chars = text.toCharArray();
    int n = chars.length;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (skipped(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isDigit(c)) {
        while (i < n && isDigit(chars[i])) {
          i++;
        }
        if (i < n && isLetter(chars[i])) {
          while (i < n && isLetter(chars[i])) {
            i++;
          }
          t.add(chars, start, i, ALNUM);
        } else {
          t.add(chars, start, i, NUMBER);
        }
      } else if (isLetter(c)) {
        while (i < n && isLetter(chars[i])) {
          i++;
        }
        t.add(chars, start, i, WORD);
      } else {
        // A surrogate pair stays one token so that spans never split a code point.
        i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1]) ? 2 : 1;
        t.add(chars, start, i, PUNCT);
      }
    }
    return t;
  }

  /** Whitespace and control characters separate tokens; ASCII answered without a table. */
  private static boolean skipped(char c) {
    if (c < 128) {
      return c <= ' ' || c == 0x7F;
    }
    return Character.isWhitespace(c) || Character.isISOControl(c);
  }

  private static boolean isLetter(char c) {
    if (c < 128) {
      char l = (char) (c | 0x20);
      return l >= 'a' && l <= 'z';
    }
    return Character.isLetter(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void add(char[] chars, int b, int e, byte k) {
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
    if (k == PUNCT) {
      lower[size] = e - b == 1 && chars[b] < 128 ? ASCII[chars[b]] : text.substring(b, e);
    } else if (k == NUMBER) {
      lower[size] = text.substring(b, e);
    } else {
      lower[size] = lowerCase(chars, b, e);
    }
    size++;
  }

  /** The same string as {@code toLowerCase(Locale.ROOT)}, with one allocation for ASCII words. */
  private String lowerCase(char[] chars, int b, int e) {
    boolean upper = false;
    for (int i = b; i < e; i++) {
      char c = chars[i];
      if (c >= 128) {
        return text.substring(b, e).toLowerCase(Locale.ROOT);
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    if (!upper) {
      return text.substring(b, e);
    }
    char[] l = Arrays.copyOfRange(chars, b, e);
    for (int i = 0; i < l.length; i++) {
      l[i] = (char) (l[i] | (l[i] >= 'A' && l[i] <= 'Z' ? 0x20 : 0));
    }
    return new String(l);
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

  /** A full stop, exclamation or question mark: a sentence ends at {@code i}. */
  boolean endsSentence(int i) {
    return is(i, ".") || is(i, "!") || is(i, "?");
  }

  boolean capitalized(int i) {
    return i >= 0 && i < size && Character.isUpperCase(text.charAt(begin[i]));
  }

  /** Whether token i ends exactly where token i + 1 begins (no space between). */
  boolean touches(int i) {
    return i >= 0 && i + 1 < size && end[i] == begin[i + 1];
  }
  /** Whether the number at i goes on through punctuation into another: "2003/04/05", "81.5". */
  boolean numberGoesOn(int i) {
    return touches(i) && isPunct(i + 1) && touches(i + 1) && isNumber(i + 2);
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
