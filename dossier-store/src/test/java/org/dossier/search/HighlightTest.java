package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snippets and titles as HTML: escaped text, matched words in mark, across the stemmed and widened fields. */
class HighlightTest {
  @TempDir static Path dir;
  private static SearchIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = Fixtures.indexOfArticles(dir);
    // a page whose text kept markup: the snippet must show it, not run it
    index.add(100, Fixtures.document("markup", "en", "2020-10-12", "example.org", "Ganja <b>attack</b> & aftermath",
        "<script>alert('Ganja')</script> A missile struck an apartment building in Ganja, killing at least 5 people.",
        List.of(), List.of(), null));
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static SearchResult.Hit hit(String query, String id) throws Exception {
    return index.search(SearchRequest.of(query)).hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void matchedWordsAreMarkedInTheirSentence() throws Exception {
    SearchResult.Hit h = hit("ceasefire", "en-reuters-helicopter");
    assertThat(h.snippets()).containsExactly("It was the first such incident since a <mark>ceasefire</mark> was agreed "
        + "in 1994 after a war over the tiny mountainous region in the South Caucasus, but tensions between Armenia and "
        + "Azerbaijan have been rising in recent months.");
  }

  @Test
  void aMatchingTitleIsMarkedAndEveryTitleIsEscaped() throws Exception {
    assertThat(hit("ceasefire", "en-yjc-ceasefire").highlightedTitle())
        .isEqualTo("Azerbaijan, Armenia agree on new <mark>ceasefire</mark> in Karabakh conflict");
    SearchResult.Hit unmatched = hit("Lawrow", "en-almasdar-ganja");
    assertThat(unmatched.title()).isEqualTo("Azerbaijan accuses Armenia of bombing country's 2nd largest city, Yerevan denies");
    assertThat(unmatched.highlightedTitle()).doesNotContain("<mark>").contains("country&#x27;s");
    assertThat(hit("Lawrow", "en-azatutyun-vienna").highlightedTitle()).isNull();
  }

  @Test
  void stemmedMatchesAreMarkedAsWritten() throws Exception {
    assertThat(hit("negotiation", "en-dw-berlin").snippets()).singleElement().asString()
        .contains("the peace <mark>negotiations</mark>.");
    assertThat(hit("Gespräch", "de-dlf-wien").snippets()).anySatisfy(s -> assertThat(s).contains("<mark>Gespräche</mark>"))
        .anySatisfy(s -> assertThat(s).contains("erste <mark>Gespräch</mark> der"));
  }

  @Test
  void widenedNamesAreMarkedInTheirOwnSpelling() throws Exception {
    assertThat(hit("Lawrow", "en-yjc-ceasefire").snippets())
        .anySatisfy(s -> assertThat(s).contains("Sergey <mark>Lavrov</mark> and his counterparts"));
    // the shortest spelling within the others is what is looked for ("Karabakh" within "Nagorno-Karabakh")
    assertThat(hit("Berg-Karabach", "en-reuters-helicopter").snippets())
        .anySatisfy(s -> assertThat(s).contains("belonging to Nagorno-<mark>Karabakh</mark>,"));
  }

  @Test
  void markupInTheTextIsEscaped() throws Exception {
    SearchResult.Hit h = hit("Ganja", "markup");
    assertThat(String.join(" ", h.snippets())).contains("&lt;script&gt;alert(&#x27;<mark>Ganja</mark>&#x27;)&lt;&#x2F;script&gt;")
        .doesNotContain("<script>");
    assertThat(h.highlightedTitle()).isEqualTo("<mark>Ganja</mark> &lt;b&gt;attack&lt;&#x2F;b&gt; &amp; aftermath");
    assertThat(h.title()).isEqualTo("Ganja <b>attack</b> & aftermath");
  }

  @Test
  void withoutAMatchInTheTextTheFirstSentencesAreShown() throws Exception {
    SearchResult.Hit h = index.search(SearchRequest.of("")).hits().stream()
        .filter(x -> x.id().equals("de-tagesschau-latschin")).findFirst().orElseThrow();
    assertThat(h.snippets()).first().asString().startsWith("Seit Tagen wird die Verbindung Bergkarabachs nach Armenien blockiert")
        .contains("&quot;Umweltaktivisten&quot;");
  }
}
