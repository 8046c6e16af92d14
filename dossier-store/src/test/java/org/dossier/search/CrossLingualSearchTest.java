package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names widened through the pack across languages and spellings; stemming and folding of the analysers. */
class CrossLingualSearchTest {
  @TempDir static Path dir;
  private static SearchIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = Fixtures.indexOfArticles(dir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static SearchResult search(String query) throws Exception {
    return index.search(new SearchRequest(query, Map.of(), 0, SearchIndex.MAX_LIMIT));
  }

  private static List<String> ids(String query) throws Exception {
    return search(query).hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void aGermanSpellingOfAPersonFindsEnglishArticlesAboutHim() throws Exception {
    SearchResult r = search("Lawrow");
    assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder("de-tt-waffenruhe", "de-dlf-wien",
        "en-yjc-ceasefire", "en-almasdar-ganja", "en-azatutyun-vienna");
    assertThat(r.expansions()).containsOnlyKeys("Lawrow");
    assertThat(r.expansions().get("Lawrow")).contains("Sergey Lavrov", "Lavrov");
  }

  @Test
  void aGermanPlaceNameFindsItsEnglishName() throws Exception {
    assertThat(Fixtures.article("en-reuters-helicopter").text()).contains("Nagorno-Karabakh").doesNotContain("Berg");
    assertThat(ids("Berg-Karabach")).contains("en-reuters-helicopter", "en-dw-berlin", "en-azatutyun-vienna",
        "en-yjc-ceasefire", "de-tt-waffenruhe", "de-br24-gefangene");
    assertThat(ids("Eriwan")).containsExactlyInAnyOrder("de-br24-gefangene", "en-straitstimes-prisoners",
        "en-yjc-ceasefire", "en-almasdar-ganja", "en-reuters-helicopter");
    assertThat(search("Eriwan").expansions().get("Eriwan")).startsWith("Yerevan");
  }

  @Test
  void aTransliteratedSurnameFindsTheOtherSpellings() throws Exception {
    assertThat(ids("Alijew")).containsExactlyInAnyOrder("de-dlf-wien", "en-dw-berlin", "en-azatutyun-vienna");
    assertThat(ids("Aliyev")).containsExactlyInAnyOrder("de-dlf-wien", "en-dw-berlin", "en-azatutyun-vienna");
    assertThat(search("Alijew").expansions().get("Alijew")).contains("Ilham Aliyev", "Heydar Aliyev", "Aliyev", "Əliyev");
  }

  @Test
  void aQuotedFullNameIsWidenedAsAWhole() throws Exception {
    SearchResult r = search("\"Sergej Lawrow\"");
    assertThat(r.expansions()).containsOnlyKeys("Sergej Lawrow");
    assertThat(r.hits()).extracting(SearchResult.Hit::id).contains("en-yjc-ceasefire", "en-azatutyun-vienna", "de-dlf-wien");
  }

  /** "Bergkarabachs" is no spelling of the pack (an inflected compound), but the recogniser linked it. */
  @Test
  void documentsMentioningTheEntityAreFoundWhateverTheirSpelling() throws Exception {
    assertThat(Fixtures.article("de-tagesschau-latschin").entities()).contains("nagorno-karabakh");
    assertThat(ids("Nagorno-Karabakh")).contains("de-tagesschau-latschin");
    // searching the text alone widens to the spellings, not to the recognised mentions
    assertThat(ids("text:\"Nagorno-Karabakh\"")).doesNotContain("de-tagesschau-latschin").contains("de-br24-gefangene");
  }

  /** The phrase is a name of the Armenian defence ministry, which the Reuters report spells "Defence". */
  @Test
  void aPhraseThatNamesAnInstitutionFindsItsOtherSpellings() throws Exception {
    SearchResult r = search("\"Armenia's defense ministry\"");
    assertThat(r.expansions()).containsKey("Armenia's defense ministry");
    assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder("en-yjc-ceasefire", "en-reuters-helicopter");
  }

  @Test
  void operatorsWorkAroundWidenedWords() throws Exception {
    assertThat(ids("Lawrow -Ganja")).containsExactlyInAnyOrder("de-tt-waffenruhe", "de-dlf-wien", "en-azatutyun-vienna");
    assertThat(ids("(Eriwan OR Lawrow) AND prisoners")).containsExactly("en-straitstimes-prisoners");
    assertThat(ids("Lawrow AND language:de")).containsExactlyInAnyOrder("de-tt-waffenruhe", "de-dlf-wien");
    assertThat(ids("title:Eriwan")).as("the title says Yerevan").containsExactly("en-almasdar-ganja");
    assertThat(ids("-Lawrow")).hasSize(Fixtures.ARTICLES.size() - 5).doesNotContain("de-dlf-wien");
  }

  @Test
  void wordsThatNameNothingAreNotWidened() throws Exception {
    assertThat(search("ceasefire").expansions()).isEmpty();
    assertThat(search("us").expansions()).as("an acronym only in capitals").isEmpty();
    assertThat(search("US").expansions()).containsKey("US");
    assertThat(search("armen*").expansions()).isEmpty();
  }

  @Test
  void englishStemmingIsLight() throws Exception {
    assertThat(ids("negotiation")).containsExactlyInAnyOrder("en-dw-berlin", "en-straitstimes-prisoners");
    // Krovetz keeps the noun and the verb apart: "negotiated" is "negotiate", "negotiations" is "negotiation"
    assertThat(ids("negotiated")).isEmpty();
    assertThat(ids("agreeing")).contains("en-reuters-helicopter", "en-dw-berlin", "en-azatutyun-vienna")
        .doesNotContain("en-almasdar-ganja");
    assertThat(ids("\"Azerbaijan's second-largest city\"")).as("possessive, either apostrophe").containsExactly("en-yjc-ceasefire");
  }

  @Test
  void germanStemmingIsLight() throws Exception {
    assertThat(ids("Gespräch")).containsExactlyInAnyOrder("de-dlf-wien", "de-tagesschau-annaeherung");
    assertThat(ids("Verhandlung")).containsExactly("de-seed-minsk");
    // the light stemmer keeps "Verhandlungen" (verhandlung) and "verhandelten" (verhandelt) apart
    assertThat(ids("verhandelten")).containsExactly("de-tagesschau-annaeherung");
  }

  @Test
  void umlautsDiacriticsAndSharpSAreFolded() throws Exception {
    assertThat(ids("Gespraeche")).isEqualTo(ids("Gespräche"));
    assertThat(ids("Gesprache")).isEqualTo(ids("Gespräche"));
    assertThat(ids("Aussenminister")).contains("de-tt-waffenruhe", "de-tagesschau-annaeherung", "de-seed-moskau");
    assertThat(ids("Cavusoglu")).containsExactly("de-seed-minsk");
  }

  /** The Azerbaijani spelling as Azerbaijani outlets write it, in a sentence of the Berlin report. */
  @Test
  void azerbaijaniLettersMeetTheirLatinSpelling(@TempDir Path own) throws Exception {
    try (SearchIndex withAzerbaijaniSpelling = SearchIndex.open(own, Fixtures.PACK)) {
      withAzerbaijaniSpelling.add(1, Fixtures.document("az-spelling", "en", "2024-02-28", null, null,
          "German Chancellor Olaf Scholz mediated the previous talks in Munich, where Armenian Prime Minister Nikol "
              + "Pashinyan and Azerbaijani President İlham Əliyev agreed to press ahead with the peace negotiations.",
          List.of(), List.of(), null));
      withAzerbaijaniSpelling.add(2, Fixtures.article("en-azatutyun-vienna"));
      withAzerbaijaniSpelling.commit();
      for (String query : List.of("Aliyev", "Əliyev", "\"Ilham Aliyev\"", "aliyev")) {
        assertThat(withAzerbaijaniSpelling.search(SearchRequest.of(query)).hits()).as(query)
            .extracting(SearchResult.Hit::id).containsExactlyInAnyOrder("az-spelling", "en-azatutyun-vienna");
      }
    }
  }
}
