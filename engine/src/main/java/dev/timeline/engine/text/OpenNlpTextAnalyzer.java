package dev.timeline.engine.text;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.StringUtil;

/**
 * Sentences, tokens, Penn part-of-speech tags and lemmas with Apache OpenNLP and its English
 * UD-EWT models.
 *
 * <p>The UD-EWT tagger emits Universal POS tags and tags contractions as one token ("won't" =
 * AUX+PART); we split such tokens into their parts and map to Penn tags ({@link PennTags}).
 * Curly quotes are straightened (same length, so offsets hold) before the models see the text,
 * because the models were trained on ASCII quotes. Thread-safe: models are shared, the OpenNLP
 * tools (not thread-safe) are kept per thread. Tags and lemmas are decoded greedily ({@link
 * GreedyPosTagger}, {@link GreedyLemmatizer}).
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {
  /** Lemmas of (form, UPOS) pairs; the statistical lemmatizer is the slowest stage. */
  private static final int LEMMA_CACHE_LIMIT = 200_000;
  private static final int LEMMA_BATCH = 64;
  /** Tags whose words are their own lemma (lower-cased); the model is only asked about the rest. */
  private static final java.util.Set<String> CLOSED_CLASSES = java.util.Set.of("PUNCT", "NUM",
      "DET", "ADP", "CCONJ", "SCONJ", "SYM", "X", "INTJ", "PART", "PRON");

  /**
   * Longest run without whitespace that the statistical tokenizer may split. Its features copy
   * the run's prefix and suffix at every character, so its cost grows with the square of the
   * run's length (a million digits kept a core busy for over ten minutes); longer runs, never
   * words, stay one token.
   */
  static final int MAX_TOKENIZED_RUN = 256;

  private final OpenNlpModels models;
  private final ThreadLocal<Tools> tools;
  private final Map<String, String> lemmaCache = new ConcurrentHashMap<>();

  public OpenNlpTextAnalyzer() {
    this.models = OpenNlpModels.get();
    this.tools = ThreadLocal.withInitial(() -> new Tools(models));
  }

  private static final class Tools {
    final SentenceDetectorME sentences;
    final TokenizerME tokenizer;
    final GreedyPosTagger tagger;
    final GreedyLemmatizer lemmatizer;

    Tools(OpenNlpModels m) {
      sentences = new SentenceDetectorME(m.sentences);
      tokenizer = new TokenizerME(m.tokens);
      tagger = new GreedyPosTagger(m.pos);
      lemmatizer = new GreedyLemmatizer(m.lemmas);
    }
  }

  @Override
  public AnalyzedText analyze(String text, Cancellation cancellation) {
    Tools t = tools.get();
    String normalized = normalize(text);
    List<Sentence> sentences = new ArrayList<>();
    int tokenIndex = 0;
    for (Span block : TextBlocks.split(normalized)) {
      String blockText = block.of(normalized);
      for (opennlp.tools.util.Span s : t.sentences.sentPosDetect(blockText)) {
        Span sentence = trim(normalized, block.begin() + s.getStart(), block.begin() + s.getEnd());
        if (sentence.length() == 0) {
          continue;
        }
        cancellation.check();
        List<Token> tokens = tokens(t, text, normalized, sentence, tokenIndex);
        tokenIndex += tokens.size();
        sentences.add(new Sentence(sentences.size(), sentence, tokens));
      }
    }
    return new AnalyzedText(text, sentences);
  }

  private List<Token> tokens(Tools t, String original, String normalized, Span sentence,
      int firstIndex) {
    String sentenceText = sentence.of(normalized);
    List<Span> spans = new ArrayList<>();
    for (opennlp.tools.util.Span s : tokenSpans(t.tokenizer, sentenceText)) {
      TokenSplitter.splitDashes(normalized, sentence.begin() + s.getStart(),
          sentence.begin() + s.getEnd(), spans);
    }
    String[] forms = new String[spans.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = spans.get(i).of(normalized);
    }
    String[] upos = t.tagger.tag(forms);
    // Contractions come back as one token with joined tags: split them.
    List<Span> split = new ArrayList<>(spans.size());
    List<String> tags = new ArrayList<>(spans.size());
    for (int i = 0; i < forms.length; i++) {
      TokenSplitter.splitClitics(spans.get(i), forms[i], upos[i], split, tags);
    }
    String[] words = new String[split.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = split.get(i).of(normalized);
    }
    String[] ud = tags.toArray(String[]::new);
    String[] lemmas = lemmatize(t, words, ud);
    String[] penn = PennTags.map(words, ud, lemmas);
    List<Token> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      Span span = split.get(i);
      out.add(new Token(firstIndex + i, span, span.of(original), penn[i], lemmas[i]));
    }
    return out;
  }

  /** The model's token spans of a sentence, except that runs over the limit stay whole. */
  static List<opennlp.tools.util.Span> tokenSpans(TokenizerME tokenizer, String sentence) {
    int run = longRun(sentence, 0);
    if (run < 0) {
      return List.of(tokenizer.tokenizePos(sentence));
    }
    List<opennlp.tools.util.Span> out = new ArrayList<>();
    int from = 0;
    while (run >= 0) {
      for (opennlp.tools.util.Span s : tokenizer.tokenizePos(sentence.substring(from, run))) {
        out.add(new opennlp.tools.util.Span(from + s.getStart(), from + s.getEnd()));
      }
      int end = run;
      while (end < sentence.length() && !StringUtil.isWhitespace(sentence.charAt(end))) {
        end++;
      }
      out.add(new opennlp.tools.util.Span(run, end));
      from = end;
      run = longRun(sentence, from);
    }
    for (opennlp.tools.util.Span s : tokenizer.tokenizePos(sentence.substring(from))) {
      out.add(new opennlp.tools.util.Span(from + s.getStart(), from + s.getEnd()));
    }
    return out;
  }

  /**
   * Where the first run of more than {@link #MAX_TOKENIZED_RUN} non-whitespace characters at or
   * after {@code from} begins, or -1. Whitespace as the tokenizer sees it.
   */
  private static int longRun(String text, int from) {
    int start = from;
    for (int i = from; i < text.length(); i++) {
      if (StringUtil.isWhitespace(text.charAt(i))) {
        start = i + 1;
      } else if (i - start >= MAX_TOKENIZED_RUN) {
        return start;
      }
    }
    return -1;
  }

  /** Lemmatizes the (form, tag) pairs not seen before, in one call, and caches the answers. */
  private String[] lemmatize(Tools t, String[] words, String[] tags) {
    String[] lemmas = new String[words.length];
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (CLOSED_CLASSES.contains(tags[i])) {
        lemmas[i] = cleanLemma(words[i], tags[i], null);
        continue;
      }
      String cached = lemmaCache.get(key(words[i], tags[i]));
      if (cached != null) {
        lemmas[i] = cached;
      } else {
        missing.add(i);
      }
    }
    // In bounded batches, so that one huge sentence costs no more per word than many short ones.
    for (int from = 0; from < missing.size(); from += LEMMA_BATCH) {
      int size = Math.min(LEMMA_BATCH, missing.size() - from);
      String[] w = new String[size];
      String[] p = new String[size];
      for (int k = 0; k < size; k++) {
        w[k] = words[missing.get(from + k)];
        p[k] = tags[missing.get(from + k)];
      }
      String[] found = t.lemmatizer.lemmatize(w, p);
      for (int k = 0; k < size; k++) {
        String lemma = cleanLemma(w[k], p[k], found[k]);
        lemmas[missing.get(from + k)] = lemma;
        if (lemmaCache.size() < LEMMA_CACHE_LIMIT) {
          lemmaCache.put(key(w[k], p[k]), lemma);
        }
      }
    }
    return lemmas;
  }

  private static String key(String word, String tag) {
    return tag + '\u0000' + word;
  }

  /** The model answers "O" when it has no edit script, and lower-cases everything. */
  private static String cleanLemma(String word, String tag, String lemma) {
    String lower = word.toLowerCase(Locale.ROOT);
    String clitic = Clitics.lemma(lower, tag);
    if (clitic != null) {
      return clitic;
    }
    if (lemma == null || lemma.isEmpty() || lemma.equals("O") || lemma.contains("+")) {
      return lower;
    }
    // The model sometimes strips a final e from a base form: "declare" -> "declar".
    if ((tag.equals("VERB") || tag.equals("AUX")) && lower.equals(lemma + "e")) {
      return lower;
    }
    return lemma;
  }

  private static Span trim(String text, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(begin, end);
  }

  /** Same-length copy of the text with typographic quotes made ASCII, as the models expect. */
  static String normalize(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      switch (c[i]) {
        case '\u2018', '\u2019', '\u201B', '\u2032' -> c[i] = '\'';
        case '\u201C', '\u201D', '\u201F', '\u2033' -> c[i] = '"';
        case '\u00A0', '\u2009', '\u202F' -> c[i] = ' ';
        default -> {
          // unchanged
        }
      }
    }
    return new String(c);
  }
}
