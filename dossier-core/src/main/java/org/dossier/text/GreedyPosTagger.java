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
 * with its features looked up in place: the tags are those of OpenNLP's {@code POSTaggerME} with a beam of one,
 * without its per-word strings, lists, sorting and queues, which had been most of the tagger's time. The
 * features a word brings wherever it stands (all but the sentence start and the previous tags) are looked up
 * once per word and remembered per thread, in a bounded memo: news repeats its vocabulary.
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
  private static final int WINDOW = 2;

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
    Key key = new Key();
    sentenceStart[0] = predicates.find(key.start("S=begin"));
    sentenceStart[1] = predicates.find(key.start("p1S=begin"));
    sentenceStart[2] = predicates.find(key.start("p2S=begin"));
    int n = outcomes.length;
    previousTag = new int[n];
    previousTags = new int[n * n];
    for (int a = 0; a < n; a++) {
      previousTag[a] = predicates.find(key.start("t=").append(outcomes[a]));
      for (int b = 0; b < n; b++) previousTags[a * n + b] = predicates.find(key.start("t2=").append(outcomes[a]).append(',').append(outcomes[b]));
    }
  }

  /**
   * The predicates of the features that depend on a word alone: its own (outcome prior, suffixes, prefixes, the
   * word), those it gives its neighbours (as the word one or two before or after) and its class (the class, the
   * word with its class); -1 where the model lacks one.
   */
  private record WordPredicates(int[] own, int before1, int before2, int after1, int after2, int[] classes) {}

  private WordPredicates predicatesOf(String word) {
    Map<String, WordPredicates> memo = words.get();
    WordPredicates known = memo.get(word);
    if (known != null) return known;
    Key key = new Key();
    String lower = lowerCase(word);
    String wordClass = wordClass(word);
    int affixes = Math.min(AFFIX, word.length());
    int[] own = new int[2 + 2 * affixes];
    int k = 0;
    own[k++] = predicates.find(key.start("def"));
    for (int a = 0; a < affixes; a++) own[k++] = predicates.find(key.start("suf=").append(word, word.length() - a - 1, word.length()));
    for (int a = 0; a < affixes; a++) own[k++] = predicates.find(key.start("pre=").append(word, 0, a + 1));
    own[k] = predicates.find(key.start("w=").append(lower));
    int[] classes = {predicates.find(key.start("wc=").append(wordClass)),
        predicates.find(key.start("w&c=").append(lower).append(',').append(wordClass))};
    WordPredicates found = new WordPredicates(own, predicates.find(key.start("p1w=").append(lower)),
        predicates.find(key.start("p2w=").append(lower)), predicates.find(key.start("n1w=").append(lower)),
        predicates.find(key.start("n2w=").append(lower)), classes);
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
      java.util.Arrays.fill(scores, logPrior);
      for (int p : at[i].own()) predicates.add(p, scores);
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

  /** A feature being built: its characters and their {@link String#hashCode()}. */
  static final class Key {
    private char[] chars = new char[64];
    private int length;
    private int hash;

    Key start(String prefix) {
      length = 0;
      hash = 0;
      return append(prefix);
    }

    Key append(String s) {
      return append(s, 0, s.length());
    }

    Key append(String s, int from, int to) {
      if (length + to - from > chars.length) chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + to - from));
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        chars[length++] = c;
        hash = 31 * hash + c;
      }
      return this;
    }

    Key append(char c) {
      if (length == chars.length) chars = java.util.Arrays.copyOf(chars, chars.length * 2);
      chars[length++] = c;
      hash = 31 * hash + c;
      return this;
    }
  }

  /**
   * The model's predicates in an open-addressing table keyed by their string hash, with names, outcomes and
   * parameters in flat arrays: a lookup touches a few arrays rather than several objects per predicate.
   */
  private static final class Predicates {
    /** Per slot: the predicate's hash in the high half, its number + 1 in the low half; 0 for an empty slot. */
    private final long[] slots;
    private final int mask;
    /** Per predicate: where its name starts in {@link #names}, its length, where its parameters start, how many. */
    private final int[] layout;
    private final char[] names;
    private final int[] outcomes;
    private final double[] parameters;

    Predicates(Map<String, Context> map) {
      int size = map.size();
      int capacity = Integer.highestOneBit(Math.max(4, size * 3)) << 1;
      slots = new long[capacity];
      mask = capacity - 1;
      layout = new int[size * 4];
      int chars = 0;
      int params = 0;
      for (Map.Entry<String, Context> e : map.entrySet()) {
        chars += e.getKey().length();
        params += e.getValue().getOutcomes().length;
      }
      names = new char[chars];
      outcomes = new int[params];
      parameters = new double[params];
      int p = 0;
      chars = 0;
      params = 0;
      for (Map.Entry<String, Context> e : map.entrySet()) {
        String name = e.getKey();
        int[] active = e.getValue().getOutcomes();
        name.getChars(0, name.length(), names, chars);
        System.arraycopy(active, 0, outcomes, params, active.length);
        System.arraycopy(e.getValue().getParameters(), 0, parameters, params, active.length);
        layout[4 * p] = chars;
        layout[4 * p + 1] = name.length();
        layout[4 * p + 2] = params;
        layout[4 * p + 3] = active.length;
        chars += name.length();
        params += active.length;
        int hash = name.hashCode();
        int s = spread(hash) & mask;
        while (slots[s] != 0) s = (s + 1) & mask;
        slots[s] = (long) hash << 32 | (p + 1);
        p++;
      }
    }

    /** The number of the key's predicate, or -1 when the model lacks it. */
    int find(Key key) {
      long wanted = (long) key.hash << 32;
      for (int s = spread(key.hash) & mask; slots[s] != 0; s = (s + 1) & mask) {
        long slot = slots[s];
        if ((slot & 0xFFFFFFFF00000000L) != wanted) continue;
        int p = (int) slot - 1;
        int from = layout[4 * p];
        if (layout[4 * p + 1] == key.length && java.util.Arrays.equals(names, from, from + key.length, key.chars, 0, key.length)) return p;
      }
      return -1;
    }

    /** Adds the parameters of a predicate (none for -1) to the outcomes' scores. */
    void add(int p, double[] scores) {
      if (p < 0) return;
      int first = layout[4 * p + 2];
      int last = first + layout[4 * p + 3];
      for (int a = first; a < last; a++) scores[outcomes[a]] += parameters[a];
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }
}
