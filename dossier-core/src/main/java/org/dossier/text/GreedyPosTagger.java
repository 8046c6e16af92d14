package org.dossier.text;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's part-of-speech model, decoded greedily (the tag of each word in turn, given the tags before it)
 * over the model's parameters in flat arrays: the tags are those of OpenNLP's {@code POSTaggerME} with a beam of one,
 * without its per-word strings, lists, sorting and queues, which had been most of the tagger's time. The
 * features a word brings wherever it stands (all but the sentence start and the previous tags) are looked up
 * once per word and remembered per thread, in a bounded memo (news repeats its vocabulary), with the scores of
 * its own features, which come first, already added up.
 *
 * <p>The features are those of OpenNLP's default part-of-speech feature generator (outcome prior, suffixes
 * and prefixes up to four characters, the lower-cased word in a window of two, the sentence start in a window
 * of two, the word class and word with class, the one and two tags before), in OpenNLP's order, so that the
 * scores add up in the same order. The best tag is taken from the sums, not from OpenNLP's normalised
 * probabilities, which rank the tags the same way; a tie, which sums of real-valued parameters do not give in
 * practice, goes to the tag the model lists first. {@link #supports(POSModel)} says whether a model was trained
 * with that generator; the caller uses OpenNLP's own tagger for any other.
 */
final class GreedyPosTagger {
  /** OpenNLP's default part-of-speech feature generator descriptor, without comments and blanks. */
  private static final String DEFAULT_DESCRIPTOR = "<featureGeneratorscache=\"true\"name=\"posTagger\">"
      + "<generatorclass=\"opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory\"/>"
      + "<generatorclass=\"opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory\"/>"
      + "<generatorclass=\"opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory\"/>"
      + "<generatorclass=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
      + "<intname=\"prevLength\">2</int><intname=\"nextLength\">2</int>"
      + "<generatorclass=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/></generator>"
      + "<generatorclass=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
      + "<intname=\"prevLength\">2</int><intname=\"nextLength\">2</int>"
      + "<generatorclass=\"opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory\">"
      + "<boolname=\"begin\">true</bool><boolname=\"end\">false</bool></generator></generator>"
      + "<generatorclass=\"opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory\"/>"
      + "<generatorclass=\"opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory\"/>"
      + "</featureGenerators>";
  /** The entry of a POS model's archive that holds its feature generator descriptor. */
  private static final String DESCRIPTOR_ARTIFACT = "generator.featuregen";
  private static final int AFFIX = 4;

  private final String[] outcomes;
  private final double logPrior;
  private final Predicates predicates;
  /** The predicates of the sentence start seen from the word itself, one and two words on; -1 where absent. */
  private final int[] sentenceStart = new int[3];
  /** Per tag, the predicate of the previous tag; per pair of tags, that of the two previous tags. */
  private final int[] previousTag;
  private final int[] previousTags;
  /** Remembered per thread: the predicates each word brings wherever it stands. */
  private final ThreadLocal<Map<String, WordPredicates>> words = ThreadLocal.withInitial(java.util.HashMap::new);
  private static final int WORD_MEMO_LIMIT = 100_000;

  private GreedyPosTagger(String[] outcomes, Predicates predicates) {
    this.outcomes = outcomes;
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
    this.predicates = predicates;
    sentenceStart[0] = predicates.find("S=begin");
    sentenceStart[1] = predicates.find("p1S=begin");
    sentenceStart[2] = predicates.find("p2S=begin");
    int n = outcomes.length;
    previousTag = new int[n];
    previousTags = new int[n * n];
    for (int a = 0; a < n; a++) {
      previousTag[a] = predicates.find("t=" + outcomes[a]);
      for (int b = 0; b < n; b++) previousTags[a * n + b] = predicates.find("t2=" + outcomes[a] + "," + outcomes[b]);
    }
  }

  /**
   * What depends on a word alone: the scores of its own features (outcome prior, suffixes, prefixes, the word),
   * which come first, added up once; the predicates it gives its neighbours (as the word one or two before or
   * after) and those of its class (the class, the word with its class), -1 where the model lacks one.
   */
  private record WordPredicates(double[] ownScores, int before1, int before2, int after1, int after2, int[] classes) {}

  private WordPredicates predicatesOf(String word) {
    Map<String, WordPredicates> memo = words.get();
    WordPredicates known = memo.get(word);
    if (known != null) return known;
    String lower = lowerCase(word);
    String wordClass = wordClass(word);
    int affixes = Math.min(AFFIX, word.length());
    int[] own = new int[2 + 2 * affixes];
    int k = 0;
    own[k++] = predicates.find("def");
    for (int a = 0; a < affixes; a++) own[k++] = predicates.find("suf=" + word.substring(word.length() - a - 1));
    for (int a = 0; a < affixes; a++) own[k++] = predicates.find("pre=" + word.substring(0, a + 1));
    own[k] = predicates.find("w=" + lower);
    // the same additions, in the same order from the same start, as at each place of the word: the same sums
    double[] ownScores = new double[outcomes.length];
    java.util.Arrays.fill(ownScores, logPrior);
    for (int p : own) predicates.add(p, ownScores);
    int[] classes = {predicates.find("wc=" + wordClass), predicates.find("w&c=" + lower + "," + wordClass)};
    WordPredicates found = new WordPredicates(ownScores, predicates.find("p1w=" + lower), predicates.find("p2w=" + lower),
        predicates.find("n1w=" + lower), predicates.find("n2w=" + lower), classes);
    if (memo.size() >= WORD_MEMO_LIMIT) memo.clear();
    memo.put(word, found);
    return found;
  }

  /**
   * Whether the model's features are the default ones this decoder builds, with no tag dictionary (which would
   * restrict the tags of some words) and a maximum-entropy model with a uniform prior.
   */
  static boolean supports(POSModel model) {
    Object descriptor = model.getArtifact(DESCRIPTOR_ARTIFACT);
    return descriptor instanceof byte[] bytes && model.getFactory().getTagDictionary() == null
        && model.getArtifact(Morphology.POS_ARTIFACT) instanceof opennlp.tools.ml.maxent.GISModel
        && normalise(new String(bytes, StandardCharsets.UTF_8)).equals(DEFAULT_DESCRIPTOR);
  }

  private static String normalise(String xml) {
    return xml.replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", "");
  }

  @SuppressWarnings("unchecked")
  static GreedyPosTagger of(POSModel model) {
    if (!supports(model)) throw new IllegalArgumentException("not a model with the default POS features");
    Object[] data = ((AbstractModel) model.getArtifact(Morphology.POS_ARTIFACT)).getDataStructures();
    return new GreedyPosTagger((String[]) data[2], new Predicates((Map<String, Context>) data[1]));
  }

  /**
   * The tag of each word of a sentence. The features' parameters are added in OpenNLP's order of the features, so
   * that the sums are the same to the last bit.
   */
  String[] tag(String[] words) {
    int n = words.length;
    WordPredicates[] at = new WordPredicates[n];
    for (int i = 0; i < n; i++) at[i] = predicatesOf(words[i]);
    int[] tags = new int[n];
    double[] scores = new double[outcomes.length];
    for (int i = 0; i < n; i++) {
      System.arraycopy(at[i].ownScores(), 0, scores, 0, scores.length);
      if (i >= 1) predicates.add(at[i - 1].before1(), scores);
      if (i >= 2) predicates.add(at[i - 2].before2(), scores);
      if (i + 1 < n) predicates.add(at[i + 1].after1(), scores);
      if (i + 2 < n) predicates.add(at[i + 2].after2(), scores);
      if (i < sentenceStart.length) predicates.add(sentenceStart[i], scores);
      for (int p : at[i].classes()) predicates.add(p, scores);
      if (i >= 1) predicates.add(previousTag[tags[i - 1]], scores);
      if (i >= 2) predicates.add(previousTags[tags[i - 2] * outcomes.length + tags[i - 1]], scores);
      int best = 0;
      for (int o = 1; o < scores.length; o++) {
        if (scores[o] > scores[best]) best = o;
      }
      tags[i] = best;
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) out[i] = outcomes[tags[i]];
    return out;
  }

  /** OpenNLP's {@link StringUtil#toLowerCase(CharSequence)} (code point by code point), without a stream per word. */
  static String lowerCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isSurrogate(c)) return StringUtil.toLowerCase(word);
      if (Character.toLowerCase(c) != c) {
        char[] out = word.toCharArray();
        for (int k = i; k < out.length; k++) {
          if (Character.isSurrogate(out[k])) return StringUtil.toLowerCase(word);
          out[k] = Character.toLowerCase(out[k]);
        }
        return new String(out);
      }
    }
    return word;
  }

  /**
   * OpenNLP's word class ({@link FeatureGeneratorUtil#tokenFeature(String)}): worked out directly for a word of
   * ASCII characters, where every letter is Latin and everything else common to all scripts, so that no
   * Japanese class can hold; OpenNLP's own for any other word.
   */
  static String wordClass(String word) {
    int length = word.length();
    if (length == 0) return FeatureGeneratorUtil.tokenFeature(word);
    boolean allLower = true;
    boolean allUpper = true;
    boolean letters = false;
    int digits = 0;
    boolean hyphen = false;
    boolean slash = false;
    boolean comma = false;
    boolean period = false;
    for (int i = 0; i < length; i++) {
      char c = word.charAt(i);
      if (c >= 128) return FeatureGeneratorUtil.tokenFeature(word);
      if (c >= 'a' && c <= 'z') {
        letters = true;
        allUpper = false;
      } else if (c >= 'A' && c <= 'Z') {
        letters = true;
        allLower = false;
      } else {
        allLower = false;
        allUpper = false;
        if (c >= '0' && c <= '9') digits++;
        else if (c == '-') hyphen = true;
        else if (c == '/') slash = true;
        else if (c == ',') comma = true;
        else if (c == '.') period = true;
      }
    }
    if (allLower) return "lc";
    if (digits == 2) return "2d";
    if (digits == 4) return "4d";
    if (digits > 0) {
      if (letters) return "an";
      if (hyphen) return "dd";
      if (slash) return "ds";
      if (comma) return "dc";
      if (period) return "dp";
      return "num";
    }
    if (allUpper) return length == 1 ? "sc" : "ac";
    char first = word.charAt(0);
    boolean initialCapital = first >= 'A' && first <= 'Z';
    if (initialCapital && length == 2 && word.charAt(1) == '.') return "cp";
    return initialCapital ? "ic" : "other";
  }

  /**
   * The model's predicates by name, and their parameters in flat arrays, so that adding a predicate's parameters to
   * the scores, the decoder's one step per feature, reads two arrays rather than a map entry and two objects.
   */
  private static final class Predicates {
    private final Map<String, Integer> numbers = new java.util.HashMap<>();
    /** Per predicate, where its parameters start in {@link #outcomes} and {@link #parameters}; one more at the end. */
    private final int[] starts;
    private final int[] outcomes;
    private final double[] parameters;

    Predicates(Map<String, Context> map) {
      starts = new int[map.size() + 1];
      int params = 0;
      for (Context c : map.values()) params += c.getOutcomes().length;
      outcomes = new int[params];
      parameters = new double[params];
      int p = 0;
      for (Map.Entry<String, Context> e : map.entrySet()) {
        int[] active = e.getValue().getOutcomes();
        System.arraycopy(active, 0, outcomes, starts[p], active.length);
        System.arraycopy(e.getValue().getParameters(), 0, parameters, starts[p], active.length);
        starts[p + 1] = starts[p] + active.length;
        numbers.put(e.getKey(), p++);
      }
    }

    /** The number of a predicate, or -1 when the model lacks it. */
    int find(String name) {
      return numbers.getOrDefault(name, -1);
    }

    /** Adds the parameters of a predicate (none for -1) to the outcomes' scores. */
    void add(int p, double[] scores) {
      if (p < 0) return;
      for (int a = starts[p]; a < starts[p + 1]; a++) scores[outcomes[a]] += parameters[a];
    }
  }
}
