package org.dossier.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.dossier.model.Span;

/**
 * Says whether a word is a proper noun, by OpenNLP's Universal Dependencies part-of-speech models (shipped
 * in Maven Central artifacts). Only the rare sentences where an office title is followed by an unknown
 * capitalised word are tagged, so the models load on first need and cost nothing otherwise.
 */
class ProperNouns {
  private static final Map<String, String> MODELS = Map.of(
      "en", "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
      "de", "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin");
  private static final Map<String, POSModel> LOADED = new ConcurrentHashMap<>();

  /** True when the token starting at {@code offset} in {@code sentence} is tagged PROPN. */
  boolean isProperNoun(String text, Span sentence, List<Span> tokens, int offset, String language) {
    String lang = MODELS.containsKey(language) ? language : "en";
    List<Span> inSentence = new ArrayList<>();
    int target = -1;
    for (Span t : tokens) {
      if (t.start() < sentence.start()) continue;
      if (t.start() >= sentence.end()) break;
      if (t.start() <= offset && offset < t.end()) target = inSentence.size();
      inSentence.add(t);
    }
    if (target < 0) return false;
    String[] words = new String[inSentence.size()];
    for (int i = 0; i < words.length; i++) words[i] = inSentence.get(i).of(text);
    String[] tags = new POSTaggerME(model(lang)).tag(words);
    return tags[target].equals("PROPN");
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
