package org.dossier.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies a text's language with OpenNLP's 103-language detector, answering ISO 639-1 codes. Text that
 * is too short or not natural language (numbers, markup, lists of names) is {@code und}. An optional set
 * restricts the answer to the languages a corpus is known to hold.
 *
 * <p>Running prose whose function words clearly belong to one language ({@link FunctionWords}) is
 * answered without the model, which costs a hundred times more; anything less clear goes to the model.
 */
public final class LanguageIdentifier {
  public static final String UNDETERMINED = "und";
  private static final int MIN_LETTERS = 40;
  private static final int SAMPLE_CHARS = 600;
  private static final Map<String, String> ISO3_TO_ISO1 = iso3Map();

  private final Set<String> allowed;
  private final FunctionWords functionWords = FunctionWords.get();
  private final LanguageDetectorModel model = loadModel();
  private final ThreadLocal<LanguageDetectorME> detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));

  /** @param allowed ISO 639-1 codes to choose from, or empty for any language */
  public LanguageIdentifier(Set<String> allowed) {
    this.allowed = Set.copyOf(allowed);
  }

  public String identify(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    int letters = 0;
    int visible = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (Character.isLetter(c)) letters++;
      if (!Character.isWhitespace(c)) visible++;
    }
    if (letters < MIN_LETTERS || letters < 0.6 * visible) {
      return UNDETERMINED;
    }
    String clear = functionWords.clearLanguage(sample);
    if (clear != null && (allowed.isEmpty() || allowed.contains(clear))) {
      return clear;
    }
    Language[] ranked = detector.get().predictLanguages(sample);
    if (ranked.length == 0) {
      return UNDETERMINED;
    }
    String best = code(ranked[0]);
    if (allowed.isEmpty()) {
      return best;
    }
    for (Language l : ranked) {
      String c = code(l);
      if (allowed.contains(c)) {
        // Restricted to the corpus's languages, but not at the price of a confident other answer.
        return l.getConfidence() >= 0.25 * ranked[0].getConfidence() ? c : UNDETERMINED;
      }
    }
    return UNDETERMINED;
  }

  private static String code(Language l) {
    return ISO3_TO_ISO1.getOrDefault(l.getLang(), l.getLang());
  }

  private static Map<String, String> iso3Map() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException ignored) {
        // A language without a three-letter code cannot come out of the detector.
      }
    }
    // Macrolanguage members the detector uses in place of the ISO 639-1 macrolanguage code.
    map.putAll(Map.of("cmn", "zh", "zlm", "ms", "pes", "fa", "lvs", "lv", "ekk", "et", "nob", "nb", "azj", "az",
        "uzn", "uz", "arb", "ar", "swh", "sw"));
    return map;
  }

  private static LanguageDetectorModel loadModel() {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP language model langdetect-183.bin missing from the classpath");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The languages the detector can name, as ISO 639-1 codes where one exists. */
  public List<String> supported() {
    return java.util.Arrays.stream(detector.get().getSupportedLanguages()).map(c -> ISO3_TO_ISO1.getOrDefault(c, c)).sorted().toList();
  }
}
