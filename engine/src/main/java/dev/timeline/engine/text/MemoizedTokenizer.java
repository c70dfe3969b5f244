package dev.timeline.engine.text;

import dev.timeline.engine.Span;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's statistical tokenizer, asked only about chunks it has not seen and that no shortcut
 * settles. {@link TokenizerME} cuts each whitespace-delimited chunk on its own (its features see
 * only the chunk) and asks the model at every character of it, so the cuts of a chunk are a pure
 * function of the chunk and are remembered: "U.S.", "2,000" and "Sept." are decided once.
 * Two shortcuts skip the model altogether: a chunk of ASCII letters and digits is one token
 * (OpenNLP's own "alphanumeric optimisation", which the model's manifest names but leaves off;
 * on the TBAQ corpus and our fixtures the model kept all but one of 8,600 such chunks whole,
 * "industry|wide"), and such a chunk closed by a comma, semicolon, colon, question or
 * exclamation mark is cut before the mark (the model cut every one of those). A full stop is left
 * to the model: "Sept." and "Inc." keep theirs. Thread-safe: the memo is shared, the OpenNLP
 * tokenizers are per thread.
 */
final class MemoizedTokenizer {
  /**
   * Longest chunk the statistical tokenizer may split. Its features copy the chunk's prefix and
   * suffix at every character, so its cost grows with the square of the chunk's length (a million
   * digits kept a core busy for over ten minutes) and a long chunk would be a long memo key; longer
   * chunks, never words, stay one token.
   */
  static final int MAX_TOKENIZED_RUN = 256;

  /** Only chunks with punctuation or non-ASCII characters get here. */
  private static final int LIMIT = 100_000;
  private static final int[] WHOLE = new int[0];

  private final ThreadLocal<TokenizerME> tokenizers;
  /** The model's cuts without its feature strings, when it accepts the model; else TokenizerME. */
  private final ChunkTokenizer chunks;
  private final BoundedCache<String, int[]> cuts = new BoundedCache<>(LIMIT, this::cutsOf);

  MemoizedTokenizer(TokenizerModel model) {
    this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(model));
    this.chunks = ChunkTokenizer.of(model).orElse(null);
  }

  /** Adds the tokens of {@code text} to {@code out}, as spans shifted by {@code offset}. */
  void tokenize(String text, int offset, List<Span> out) {
    // The chunks of OpenNLP's WhitespaceTokenizer (same whitespace), without its span objects.
    int n = text.length();
    int begin = 0;
    while (begin < n) {
      if (StringUtil.isWhitespace(text.charAt(begin))) {
        begin++;
        continue;
      }
      int end = begin + 1;
      while (end < n && !StringUtil.isWhitespace(text.charAt(end))) {
        end++;
      }
      int start = begin;
      for (int cut : cutsOf(text, begin, end)) {
        out.add(new Span(offset + start, offset + begin + cut));
        start = begin + cut;
      }
      out.add(new Span(offset + start, offset + end));
      begin = end;
    }
  }

  private int[] cutsOf(String text, int begin, int end) {
    if (end - begin < 2 || end - begin > MAX_TOKENIZED_RUN) {
      return WHOLE;
    }
    int alphanumeric = begin;
    while (alphanumeric < end && isAsciiAlphanumeric(text.charAt(alphanumeric))) {
      alphanumeric++;
    }
    if (alphanumeric == end) {
      return WHOLE;
    }
    if (alphanumeric == end - 1 && alphanumeric > begin
        && ",;:?!".indexOf(text.charAt(end - 1)) >= 0) {
      return new int[] {end - 1 - begin};
    }
    return cuts.get(text.substring(begin, end));
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Offsets inside the chunk where a new token begins; none when the chunk is one token. */
  private int[] cutsOf(String chunk) {
    if (chunks != null) {
      int[] cuts = chunks.cuts(chunk);
      return cuts.length == 0 ? WHOLE : cuts;
    }
    opennlp.tools.util.Span[] spans = tokenizers.get().tokenizePos(chunk);
    if (spans.length <= 1) {
      return WHOLE;
    }
    int[] result = new int[spans.length - 1];
    for (int i = 1; i < spans.length; i++) {
      result[i - 1] = spans[i].getStart();
    }
    return result;
  }
}
