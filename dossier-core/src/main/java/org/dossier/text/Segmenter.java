package org.dossier.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.dossier.model.Span;

/**
 * Splits text into sentences and tokens with OpenNLP's Universal Dependencies models (English EWT,
 * German GSD). Paragraph breaks always end a sentence. Languages without a model of their own use the
 * English models. Models are shared; the stateful OpenNLP detectors are per thread.
 */
public final class Segmenter {
  private record Models(SentenceModel sentences, TokenizerModel tokens) {}

  private static final Map<String, String[]> MODEL_FILES = Map.of(
      "en", new String[] {"/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"},
      "de", new String[] {"/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin", "/opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin"});
  private final Map<String, Models> models = new java.util.HashMap<>();

  private final ThreadLocal<Map<String, SentenceDetectorME>> sentenceDetectors = ThreadLocal.withInitial(java.util.HashMap::new);
  private final ThreadLocal<Map<String, TokenizerME>> tokenizers = ThreadLocal.withInitial(java.util.HashMap::new);

  public Segmenter() {
    MODEL_FILES.forEach((lang, files) -> models.put(lang, load(files)));
  }

  public Segmentation segment(String text, String language) {
    String lang = MODEL_FILES.containsKey(language) ? language : "en";
    SentenceDetectorME sd = sentenceDetectors.get().computeIfAbsent(lang, l -> new SentenceDetectorME(models.get(l).sentences()));
    TokenizerME tk = tokenizers.get().computeIfAbsent(lang, l -> new TokenizerME(models.get(l).tokens()));
    List<Span> sentences = new ArrayList<>();
    List<Span> tokens = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf("\n\n", start);
      if (end < 0) end = text.length();
      String paragraph = text.substring(start, end);
      for (opennlp.tools.util.Span s : sd.sentPosDetect(paragraph)) {
        int sStart = start + s.getStart();
        int sEnd = start + s.getEnd();
        if (sEnd <= sStart) continue;
        sentences.add(new Span(sStart, sEnd));
        tokenize(text, sStart, sEnd, tk, tokens);
      }
      start = end + 2;
    }
    return new Segmentation(sentences, tokens);
  }

  /**
   * Whitespace chunks of only letters and digits are tokens as they are; the model decides only where
   * punctuation may split a chunk (OpenNLP's alphanumeric optimisation, which the UD models leave off).
   */
  private static void tokenize(String text, int start, int end, TokenizerME tk, List<Span> out) {
    int i = start;
    while (i < end) {
      while (i < end && Character.isWhitespace(text.charAt(i))) i++;
      int chunkStart = i;
      boolean alnum = true;
      while (i < end && !Character.isWhitespace(text.charAt(i))) {
        alnum &= Character.isLetterOrDigit(text.charAt(i));
        i++;
      }
      if (i == chunkStart) break;
      if (alnum) {
        out.add(new Span(chunkStart, i));
      } else {
        for (opennlp.tools.util.Span t : tk.tokenizePos(text.substring(chunkStart, i))) {
          out.add(new Span(chunkStart + t.getStart(), chunkStart + t.getEnd()));
        }
      }
    }
  }

  private static Models load(String[] files) {
    try (InputStream s = open(files[0]); InputStream t = open(files[1])) {
      return new Models(new SentenceModel(s), new TokenizerModel(t));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = Segmenter.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + resource + " missing from the classpath");
    }
    return in;
  }
}
