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
  /**
   * The model's split of each chunk it was asked about, per thread and language: its answer depends on the chunk's
   * characters alone, and news repeats its chunks ("Azerbaijan's", "Nagorno-Karabakh", "U.S."). Cleared when full,
   * so memory stays bounded on any corpus.
   */
  private final ThreadLocal<Map<String, Map<String, int[]>>> chunkSplits = ThreadLocal.withInitial(java.util.HashMap::new);
  private static final int CHUNK_MEMO_LIMIT = 50_000;

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
        tokenize(text, sStart, sEnd, tk, chunkSplits.get().computeIfAbsent(lang, l -> new java.util.HashMap<>()), tokens);
      }
      start = end + 2;
    }
    return new Segmentation(sentences, tokens);
  }

  /**
   * Whitespace chunks of letters and digits are tokens as they are, and so is punctuation that only opens
   * or closes such a chunk ("(Baku", "said,", "Eriwan." at the end of a sentence); the model decides only
   * where punctuation inside a chunk may split it (OpenNLP's alphanumeric optimisation, which the UD
   * models leave off, widened to the punctuation every tokeniser splits the same way).
   */
  private static void tokenize(String text, int start, int end, TokenizerME tk, Map<String, int[]> splits,
      List<Span> out) {
    int i = start;
    while (i < end) {
      while (i < end && Character.isWhitespace(text.charAt(i))) i++;
      int chunkStart = i;
      while (i < end && !Character.isWhitespace(text.charAt(i))) i++;
      if (i == chunkStart) break;
      int glued = gluedWord(text, chunkStart, i);
      if (glued > 0) {
        // "20:22Nach jahrzehntelangem Krieg": a page's time stamp run into the first word of the text
        out.add(new Span(chunkStart, glued));
        chunkStart = glued;
      }
      if (!splitPlainChunk(text, chunkStart, i, i == end, out)) {
        String chunk = text.substring(chunkStart, i);
        int[] split = splits.get(chunk);
        if (split == null) {
          opennlp.tools.util.Span[] found = tk.tokenizePos(chunk);
          split = new int[2 * found.length];
          for (int k = 0; k < found.length; k++) {
            split[2 * k] = found[k].getStart();
            split[2 * k + 1] = found[k].getEnd();
          }
          if (splits.size() >= CHUNK_MEMO_LIMIT) splits.clear();
          splits.put(chunk, split);
        }
        for (int k = 0; k < split.length; k += 2) out.add(new Span(chunkStart + split[k], chunkStart + split[k + 1]));
      }
    }
  }

  /**
   * Where a capitalised word starts right after a number at the start of a chunk ("20:22Nach", "2025Armenia"), or -1:
   * text from two elements of a page that nothing set apart.
   */
  private static int gluedWord(String text, int from, int to) {
    int k = from;
    while (k < to && (isDigit(text.charAt(k)) || ".,:/".indexOf(text.charAt(k)) >= 0)) k++;
    if (k == from || k + 2 >= to || !isDigit(text.charAt(k - 1)) || !isNumber(text, from, k)) return -1;
    if (!Character.isUpperCase(text.charAt(k)) || !Character.isLowerCase(text.charAt(k + 1))
        || !Character.isLowerCase(text.charAt(k + 2))) {
      return -1;
    }
    return k;
  }

  private static final String OPENERS = "([{\"'“„‚‘«›";
  private static final String CLOSERS = ")]},;:!?%\"'”“’‘»‹";

  /** Adds the tokens of a chunk that is an alphanumeric core wrapped in plain punctuation; false otherwise. */
  private static boolean splitPlainChunk(String text, int from, int to, boolean sentenceEnd, List<Span> out) {
    int coreStart = from;
    while (coreStart < to && OPENERS.indexOf(text.charAt(coreStart)) >= 0) coreStart++;
    int coreEnd = to;
    while (coreEnd > coreStart) {
      char c = text.charAt(coreEnd - 1);
      // A full stop closes the chunk only where the sentence detector ended the sentence.
      boolean stop = c == '.' && sentenceEnd && coreEnd == to;
      if (CLOSERS.indexOf(c) < 0 && !stop) break;
      coreEnd--;
    }
    if (coreEnd == coreStart || !isWord(text, coreStart, coreEnd) && !isNumber(text, coreStart, coreEnd)) return false;
    for (int k = from; k < coreStart; k++) out.add(new Span(k, k + 1));
    out.add(new Span(coreStart, coreEnd));
    for (int k = coreEnd; k < to; k++) out.add(new Span(k, k + 1));
    return true;
  }

  private static boolean isWord(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isLetterOrDigit(text.charAt(k))) return false;
    }
    return true;
  }

  /** Digits with single separators between them ("8,962", "1.4", "19.01.2023", "12:09") are one token. */
  private static boolean isNumber(String text, int from, int to) {
    if (!isDigit(text.charAt(from)) || !isDigit(text.charAt(to - 1))) return false;
    for (int k = from + 1; k < to - 1; k++) {
      char c = text.charAt(k);
      if (!isDigit(c) && !(".,:/".indexOf(c) >= 0 && isDigit(text.charAt(k + 1)))) return false;
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
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
