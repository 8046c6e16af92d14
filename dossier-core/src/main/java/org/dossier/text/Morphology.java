package org.dossier.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.StringUtil;

/**
 * Universal Dependencies part-of-speech tags and lemmas by OpenNLP's EN/DE models (shipped in Maven Central
 * artifacts). The tagger runs on whole sentences; the lemmatiser, a sequence model that costs about a
 * hundred times more per word, runs on one word and its tag at a time and is remembered per (word, tag):
 * news repeats its vocabulary, so after a few documents nearly every lemma is a lookup.
 */
public final class Morphology {
  private static final Map<String, String> CORPORA = Map.of("en", "en-ud-ewt", "de", "de-ud-gsd");
  /** The entry of a POS model's archive that holds its maximum-entropy model. */
  static final String POS_ARTIFACT = "pos.model";
  private static final Map<String, POSModel> POS = new ConcurrentHashMap<>();
  /** The greedy decoder of each language whose model has OpenNLP's default features (both shipped ones do). */
  private static final Map<String, java.util.Optional<GreedyPosTagger>> GREEDY = new ConcurrentHashMap<>();
  private static final Map<String, LemmatizerModel> LEMMAS = new ConcurrentHashMap<>();
  /** The lemmatiser's outcomes per language: the edit scripts that turn a word into its lemma. */
  private static final Map<String, String[]> SCRIPTS = new ConcurrentHashMap<>();
  /**
   * Remembered lemmas per language and tag, then per word (no key to build and hash per lookup); cleared when
   * they hold a limit of words in all, so memory stays bounded on any corpus.
   */
  private static final int MEMO_LIMIT = 200_000;
  private static final Map<String, Map<String, Map<String, String>>> MEMO = new ConcurrentHashMap<>();
  private static final java.util.concurrent.atomic.AtomicInteger MEMO_SIZE = new java.util.concurrent.atomic.AtomicInteger();
  private static final ThreadLocal<Map<String, POSTaggerME>> TAGGERS = ThreadLocal.withInitial(java.util.HashMap::new);
  private static final ThreadLocal<Map<String, LemmatizerME>> LEMMATIZERS = ThreadLocal.withInitial(java.util.HashMap::new);

  private final String language;
  private final Map<String, Map<String, String>> memo;

  public Morphology(String language) {
    this.language = CORPORA.containsKey(language) ? language : "en";
    this.memo = MEMO.computeIfAbsent(this.language, l -> new ConcurrentHashMap<>());
  }

  /** UD tags (NOUN, VERB, AUX, PROPN, ADP, ...) of a sentence's words. */
  public String[] tag(String[] words) {
    var greedy = greedyTagger(language);
    if (greedy.isPresent()) return greedy.get().tag(words);
    return TAGGERS.get().computeIfAbsent(language, l -> new POSTaggerME(beamOfOne(posModel(l)))).tag(words);
  }

  private static java.util.Optional<GreedyPosTagger> greedyTagger(String language) {
    return GREEDY.computeIfAbsent(language, l -> java.util.Optional.of(posModel(l))
        .filter(GreedyPosTagger::supports).map(GreedyPosTagger::of));
  }

  /** Whether a language's words are tagged by {@link GreedyPosTagger} rather than OpenNLP's own tagger. */
  static boolean greedy(String language) {
    return greedyTagger(language).isPresent();
  }

  /** The lower-case lemma of a word with its tag. */
  public String lemma(String word, String tag) {
    Map<String, String> ofTag = memo.computeIfAbsent(tag, t -> new ConcurrentHashMap<>());
    String known = ofTag.get(word);
    if (known != null) return known;
    LemmatizerME lemmatizer = LEMMATIZERS.get().computeIfAbsent(language, l -> new LemmatizerME(lemmaModel(l)));
    String lemma = finish(word, lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0]);
    if (MEMO_SIZE.incrementAndGet() > MEMO_LIMIT) {
      MEMO_SIZE.set(0);
      MEMO.values().forEach(tags -> tags.values().forEach(Map::clear));
    }
    ofTag.put(word, lemma);
    return lemma;
  }

  /** The lemma {@link #lemma(String, String)} gives for what the lemmatiser returned for a word. */
  private static String finish(String word, String lemmatised) {
    String lemma = lemmatised.toLowerCase(Locale.ROOT);
    return lemma.isEmpty() || lemma.equals("o") ? word.toLowerCase(Locale.ROOT) : lemma;
  }

  /**
   * Whether {@link #lemma(String, String)} can give the word a lemma the test accepts, under any tag. The
   * lemmatiser's answer is one of its edit scripts applied to the lower-cased word (OpenNLP's
   * {@code LemmatizerME.decodeLemmas}), so trying every script the model knows covers every lemma it can
   * return, without running the model. About a thousand scripts per call: callers remember the answer.
   */
  public boolean anyLemma(String word, Predicate<String> test) {
    String[] scripts = SCRIPTS.computeIfAbsent(language, l -> lemmaModel(l).getLemmatizerSequenceModel().getOutcomes());
    String lower = word.toLowerCase();
    for (String script : scripts) {
      String lemmatised = StringUtil.decodeShortestEditScript(lower, script);
      if (test.test(finish(word, lemmatised.isEmpty() ? "_" : lemmatised))) return true;
    }
    return false;
  }

  private static POSModel posModel(String language) {
    return POS.computeIfAbsent(language, l -> {
      try (InputStream in = resource("/opennlp-" + CORPORA.get(l) + "-pos-1.3-2.5.4.bin")) {
        return new POSModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * The model tagging greedily (a beam of one) rather than with its beam of three: on the dev articles every
   * event comes out the same, and tagging is the event stage's main cost. {@link GreedyPosTagger} decodes so.
   */
  static POSModel beamOfOne(POSModel model) {
    MaxentModel maxent = model.getArtifact(POS_ARTIFACT);
    return new POSModel(model.getLanguage(), maxent, 1, null, model.getFactory());
  }

  private static LemmatizerModel lemmaModel(String language) {
    return LEMMAS.computeIfAbsent(language, l -> {
      try (InputStream in = resource("/opennlp-" + CORPORA.get(l) + "-lemmas-1.3-2.5.4.bin")) {
        return new LemmatizerModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static InputStream resource(String name) {
    InputStream in = Morphology.class.getResourceAsStream(name);
    if (in == null) throw new IllegalStateException("OpenNLP model missing from the classpath: " + name);
    return in;
  }
}
