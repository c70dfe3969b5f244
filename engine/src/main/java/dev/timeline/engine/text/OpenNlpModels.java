package dev.timeline.engine.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The four English UD-EWT models of OpenNLP, loaded once per JVM from the model jars on the
 * classpath. Models are immutable and thread-safe; the tools built on them are not.
 */
final class OpenNlpModels {
  static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  final SentenceModel sentences;
  final TokenizerModel tokens;
  final POSModel pos;
  final LemmatizerModel lemmas;

  private OpenNlpModels() {
    // Loaded side by side: the POS and lemma models dominate start-up.
    CompletableFuture<POSModel> p = CompletableFuture.supplyAsync(() -> load(POS, POSModel::new));
    CompletableFuture<LemmatizerModel> l =
        CompletableFuture.supplyAsync(() -> load(LEMMAS, LemmatizerModel::new));
    sentences = load(SENTENCES, SentenceModel::new);
    tokens = load(TOKENS, TokenizerModel::new);
    pos = p.join();
    lemmas = l.join();
  }

  static OpenNlpModels get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final OpenNlpModels INSTANCE = new OpenNlpModels();
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    InputStream raw = OpenNlpModels.class.getResourceAsStream("/" + resource);
    if (raw == null) {
      throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
    }
    try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }
}
