package org.dossier.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.dossier.model.Span;

/**
 * Says whether a word is a proper noun, by OpenNLP's Universal Dependencies part-of-speech models (shipped
 * in Maven Central artifacts). Only the rare sentences where an office title is followed by an unknown
 * capitalised word are tagged, each at most once per document, so the models load on first need and cost
 * nothing otherwise.
 */
class ProperNouns {
  private static final Map<String, String> MODELS = Map.of(
      "en", "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
      "de", "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin");
  private static final Map<String, POSModel> LOADED = new ConcurrentHashMap<>();

  /** The tagged sentences of one document: start of the sentence → its tokens' starts and tags. */
  static final class Tagged {
    private final Map<Integer, int[]> starts = new HashMap<>();
    private final Map<Integer, String[]> tags = new HashMap<>();
  }

  Tagged forDocument() {
    return new Tagged();
  }

  /** True when the token starting at {@code offset} in {@code sentence} is tagged PROPN. */
  boolean isProperNoun(String text, Span sentence, List<Span> tokens, int offset, String language, Tagged done) {
    int[] starts = done.starts.get(sentence.start());
    String[] tags = done.tags.get(sentence.start());
    if (starts == null) {
      int from = firstAtOrAfter(tokens, sentence.start());
      int to = firstAtOrAfter(tokens, sentence.end());
      starts = new int[to - from];
      String[] words = new String[to - from];
      for (int i = from; i < to; i++) {
        starts[i - from] = tokens.get(i).start();
        words[i - from] = tokens.get(i).of(text);
      }
      String lang = MODELS.containsKey(language) ? language : "en";
      tags = words.length == 0 ? new String[0] : new POSTaggerME(model(lang)).tag(words);
      done.starts.put(sentence.start(), starts);
      done.tags.put(sentence.start(), tags);
    }
    int at = java.util.Arrays.binarySearch(starts, offset);
    return at >= 0 && tags[at].equals("PROPN");
  }

  /** Index of the first token starting at or after {@code offset} (tokens are in text order). */
  private static int firstAtOrAfter(List<Span> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private static POSModel model(String lang) {
    return LOADED.computeIfAbsent(lang, l -> {
      try (InputStream in = ProperNouns.class.getResourceAsStream(MODELS.get(l))) {
        if (in == null) throw new IllegalStateException("part-of-speech model missing from the classpath: " + MODELS.get(l));
        return new POSModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
