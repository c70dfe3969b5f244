package dev.timeline.engine.text;

import dev.timeline.engine.Span;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;

/**
 * OpenNLP's statistical tokenizer with its answers remembered per whitespace-delimited chunk.
 * {@link TokenizerME} cuts each chunk on its own (its features see only the chunk) and asks the
 * model at every character of it, so the cuts of a chunk are a pure function of the chunk: "the",
 * "said," and "2014." are decided once instead of at every occurrence. Gives the same tokens as
 * {@code TokenizerME}. Thread-safe: the cuts are shared, the OpenNLP tokenizers are per thread.
 */
final class MemoizedTokenizer {
  private static final int LIMIT = 200_000;
  private static final int[] WHOLE = new int[0];

  private final ThreadLocal<TokenizerME> tokenizers;
  private final BoundedCache<String, int[]> cuts = new BoundedCache<>(LIMIT, this::cutsOf);

  MemoizedTokenizer(TokenizerModel model) {
    this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(model));
  }

  /** Adds the tokens of {@code text} to {@code out}, as spans shifted by {@code offset}. */
  void tokenize(String text, int offset, List<Span> out) {
    for (opennlp.tools.util.Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
      int begin = chunk.getStart();
      int end = chunk.getEnd();
      int start = begin;
      if (end - begin > 1) {
        for (int cut : cuts.get(text.substring(begin, end))) {
          out.add(new Span(offset + start, offset + begin + cut));
          start = begin + cut;
        }
      }
      out.add(new Span(offset + start, offset + end));
    }
  }

  /** Offsets inside the chunk where a new token begins; none when the chunk is one token. */
  private int[] cutsOf(String chunk) {
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
