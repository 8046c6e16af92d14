package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class GreedyPosTaggerTest {
  private static final List<Path> NEWS = List.of(Path.of("..", "examples", "news"), Path.of("..", "examples", "seeds"));
  /** Words that reach each branch of OpenNLP's word classes and lower-casing, ASCII or not. */
  private static final List<String> WORDS = List.of("talks", "Talks", "TALKS", "A", "A.", "Ä.", "U.S.", "e.g.", "20",
      "2020", "1990s", "COVID-19", "10-11", "10/11", "1,000", "3.5", "42", "-", "'s", "Ärzte", "ÄRZTE", "straße",
      "İstanbul", "ΣΟΦΙΑ", "日本", "ひらがな", "カタカナ", "ー", "x²", "😀", "a😀B", "Karabakh-", "d'Alembert", "§", "½",
      "Ǆemal", "ǅ", "ǲ", "ﬀ", "ﬂat", "ß");

  @Test
  void wordClassesAndLowerCaseAreOpenNlps() {
    for (String w : WORDS) {
      assertThat(GreedyPosTagger.wordClass(w)).as(w).isEqualTo(FeatureGeneratorUtil.tokenFeature(w));
      assertThat(GreedyPosTagger.lowerCase(w)).as(w).isEqualTo(StringUtil.toLowerCase(w));
    }
  }

  @Test
  void bothShippedModelsHaveTheDefaultFeatures() throws IOException {
    for (String corpus : List.of("en-ud-ewt", "de-ud-gsd")) assertThat(GreedyPosTagger.supports(model(corpus))).as(corpus).isTrue();
    // and the tagger uses the greedy decoder for both: the same tags, by the decoder's path
    for (String language : List.of("en", "de")) assertThat(Morphology.greedy(language)).as(language).isTrue();
  }

  /** Every sentence of the bundled news, in its language and in the other, tagged as OpenNLP tags it with a beam of one. */
  @Test
  void tagsAsOpenNlpsTaggerWithABeamOfOne() throws IOException {
    Segmenter segmenter = new Segmenter();
    int sentences = 0;
    for (String[] language : List.of(new String[] {"en", "en-ud-ewt"}, new String[] {"de", "de-ud-gsd"})) {
      POSModel model = model(language[1]);
      POSTaggerME beamOfOne = new POSTaggerME(Morphology.beamOfOne(model));
      GreedyPosTagger greedy = GreedyPosTagger.of(model);
      List<String[]> all = new ArrayList<>();
      all.add(WORDS.toArray(new String[0]));
      for (Path dir : NEWS) try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          var seg = segmenter.segment(text, language[0]);
          for (Span s : seg.sentences()) {
            List<String> words = new ArrayList<>();
            for (Span t : seg.tokens()) if (t.start() >= s.start() && t.end() <= s.end()) words.add(text.substring(t.start(), t.end()));
            if (!words.isEmpty()) all.add(words.toArray(new String[0]));
          }
        }
      }
      for (String[] words : all) {
        assertThat(greedy.tag(words)).as(String.join(" ", words)).containsExactly(beamOfOne.tag(words));
        sentences++;
      }
    }
    assertThat(sentences).isGreaterThan(400);
  }

  private static POSModel model(String corpus) throws IOException {
    try (InputStream in = GreedyPosTaggerTest.class.getResourceAsStream("/opennlp-" + corpus + "-pos-1.3-2.5.4.bin")) {
      return new POSModel(in);
    }
  }
}
