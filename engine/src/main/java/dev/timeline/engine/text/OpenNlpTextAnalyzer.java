package dev.timeline.engine.text;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * Sentences, tokens, Penn part-of-speech tags and lemmas with Apache OpenNLP and its English
 * UD-EWT models.
 *
 * <p>The UD-EWT tagger emits Universal POS tags and tags contractions as one token ("won't" =
 * AUX+PART); we split such tokens into their parts and map to Penn tags ({@link PennTags}).
 * The sentence model's boundaries around abbreviations are mended by rule ({@link
 * SentenceJoins}).
 * Curly quotes are straightened (same length, so offsets hold) before the models see the text,
 * because the models were trained on ASCII quotes. Thread-safe: models and memos are shared, the
 * OpenNLP tools (not thread-safe) are kept per thread. Tokens are the statistical tokenizer's,
 * remembered per whitespace-delimited chunk ({@link MemoizedTokenizer}); tags and lemmas are
 * decoded greedily ({@link GreedyPosTagger} over the per-word {@link PosFeatureScorer}, {@link
 * GreedyLemmatizer}). What is known of a word form (its shared string and lower-cased form, POS
 * parameters, lemma per tag) is remembered per form ({@link WordForms}).
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {
  /** Tags whose words are their own lemma (lower-cased); the model is only asked about the rest. */
  private static final java.util.Set<PennTags.Upos> CLOSED_CLASSES = java.util.EnumSet.of(
      PennTags.Upos.PUNCT, PennTags.Upos.NUM, PennTags.Upos.DET, PennTags.Upos.ADP,
      PennTags.Upos.CCONJ, PennTags.Upos.SCONJ, PennTags.Upos.SYM, PennTags.Upos.X,
      PennTags.Upos.INTJ, PennTags.Upos.PART, PennTags.Upos.PRON);

  private final ThreadLocal<Tools> tools;
  private final MemoizedTokenizer tokenizer;
  private final WordForms wordForms;

  public OpenNlpTextAnalyzer() {
    OpenNlpModels models = OpenNlpModels.get();
    Optional<PosFeatureScorer> scorer = PosFeatureScorer.of(models.pos);
    this.tokenizer = new MemoizedTokenizer(models.tokens);
    this.wordForms = new WordForms(scorer);
    this.tools = ThreadLocal.withInitial(() -> new Tools(models, scorer));
  }

  private static final class Tools {
    final SentenceDetectorME sentences;
    final GreedyPosTagger tagger;
    final GreedyLemmatizer lemmatizer;

    Tools(OpenNlpModels m, Optional<PosFeatureScorer> scorer) {
      sentences = new SentenceDetectorME(m.sentences);
      tagger = new GreedyPosTagger(m.pos, scorer);
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
      List<Span> detected = new ArrayList<>();
      for (opennlp.tools.util.Span s : t.sentences.sentPosDetect(blockText)) {
        detected.add(new Span(s.getStart(), s.getEnd()));
      }
      for (Span s : SentenceJoins.mend(blockText, detected)) {
        Span sentence = trim(normalized, block.begin() + s.begin(), block.begin() + s.end());
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
    List<Span> chunks = new ArrayList<>();
    tokenizer.tokenize(sentenceText, sentence.begin(), chunks);
    List<Span> spans = new ArrayList<>(chunks.size());
    for (Span s : chunks) {
      TokenSplitter.splitDashes(normalized, s.begin(), s.end(), spans);
    }
    WordForms.Form[] forms = new WordForms.Form[spans.size()];
    String[] texts = new String[forms.length];
    PosFeatureScorer.WordRows[] rows = new PosFeatureScorer.WordRows[forms.length];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = wordForms.of(spans.get(i).of(normalized));
      texts[i] = forms[i].text;
      rows[i] = forms[i].rows;
    }
    String[] upos = t.tagger.tag(texts, rows);
    // Contractions come back as one token with joined tags: split them.
    List<Span> split = new ArrayList<>(spans.size());
    List<String> tags = new ArrayList<>(spans.size());
    List<WordForms.Form> parts = new ArrayList<>(spans.size());
    for (int i = 0; i < forms.length; i++) {
      int before = split.size();
      TokenSplitter.splitClitics(spans.get(i), texts[i], upos[i], split, tags);
      if (split.size() == before + 1) {
        parts.add(forms[i]);
      } else {
        for (int k = before; k < split.size(); k++) {
          parts.add(wordForms.of(split.get(k).of(normalized)));
        }
      }
    }
    int n = parts.size();
    String[] words = new String[n];
    String[] lower = new String[n];
    PennTags.Upos[] ud = new PennTags.Upos[n];
    String[] lemmas = new String[n];
    for (int i = 0; i < n; i++) {
      WordForms.Form form = parts.get(i);
      words[i] = form.text;
      lower[i] = form.lower;
      ud[i] = PennTags.Upos.of(tags.get(i));
      lemmas[i] = lemma(t, form, tags.get(i), ud[i]);
    }
    String[] penn = PennTags.map(words, lower, ud, lemmas);
    List<Token> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Span span = split.get(i);
      // The token's text is the original's: it differs where quotes were straightened.
      WordForms.Form surface = parts.get(i);
      if (original != normalized
          && !original.regionMatches(span.begin(), surface.text, 0, span.length())) {
        surface = wordForms.of(span.of(original));
      }
      out.add(new Token(firstIndex + i, span, surface.text, penn[i], lemmas[i], surface.lower));
    }
    return out;
  }

  /**
   * The lemma of a form under a tag, remembered per form. Each pair is asked alone: the
   * lemmatizer's features include its neighbours, so asking with whatever other words happened
   * to be missing made a remembered lemma depend on the documents analysed before.
   */
  private static String lemma(Tools t, WordForms.Form form, String tag, PennTags.Upos upos) {
    return form.lemma(tag, upos, u -> CLOSED_CLASSES.contains(upos)
        ? cleanLemma(form.lower, u, null)
        : cleanLemma(form.lower, u,
            t.lemmatizer.lemmatize(new String[] {form.text}, new String[] {u})[0]));
  }

  /** The model answers "O" when it has no edit script, and lower-cases everything. */
  private static String cleanLemma(String lower, String tag, String lemma) {
    String clitic = Clitics.lemma(lower, tag);
    if (clitic != null) {
      return clitic;
    }
    if (lemma == null || lemma.isEmpty() || lemma.equals("O") || lemma.contains("+")) {
      return lower;
    }
    if ((tag.equals("VERB") || tag.equals("AUX")) && !VerbEndings.plausibleCut(lower, lemma)) {
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

  /**
   * Same-length copy of the text with typographic quotes made ASCII, as the models expect; the
   * text itself when it has none.
   */
  static String normalize(String text) {
    char[] c = null;
    for (int i = 0; i < text.length(); i++) {
      char original = text.charAt(i);
      char ascii = switch (original) {
        case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
        case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
        case '\u00A0', '\u2009', '\u202F' -> ' ';
        default -> original;
      };
      if (ascii != original) {
        if (c == null) {
          c = text.toCharArray(); // copied only when something changes
        }
        c[i] = ascii;
      }
    }
    return c == null ? text : new String(c);
  }
}
