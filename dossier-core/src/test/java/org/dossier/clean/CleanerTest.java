package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.Decoder;
import org.dossier.model.RawDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private final Cleaner cleaner = new Cleaner();

  private Cleaned text(String content) {
    return cleaner.clean(new RawDocument("t.txt", null, RawDocument.Kind.TEXT, content, null, null, null, null, null));
  }

  @Test
  void plainTextLosesNavigationCaptionsCreditsAndNewsletterPrompts() {
    Cleaned c = text(String.join("\n",
        "1. Skip to content",
        "Germany hosts talks between Armenia and Azerbaijan",
        "",
        "February 28, 2024",
        "",
        "The foreign ministers of Armenia and Azerbaijan started peace talks in Berlin on Wednesday, months after the offensive.",
        "National flags are pictured during an informal meeting",
        "Diplomats have sought for decades to mediate the conflict regionImage: Sergei Karpukhin/SNA/IMAGO",
        "Germany is hosting the meeting to resolve a conflict between the Caucasus neighbors that has lasted for decades.",
        "Why is the meeting taking place now?",
        "The meeting follows a surprise direct meeting between the leaders of both countries earlier this month in Munich.",
        "rc/wd (Reuters, AFP)",
        "While you're here: Every Tuesday, editors round up the news. You can sign up here for the weekly email newsletter."));
    assertThat(c.title()).isEqualTo("Germany hosts talks between Armenia and Azerbaijan");
    assertThat(c.text()).startsWith("The foreign ministers").contains("Why is the meeting taking place now?")
        .doesNotContain("Skip to content", "pictured", "IMAGO", "rc/wd", "newsletter", "February 28, 2024");
    assertThat(c.agencies()).containsExactly("Reuters", "AFP");
    assertThat(c.dates()).extracting(d -> d.date().value()).containsExactly("2024-02-28");
    assertThat(c.removed()).isGreaterThan(200);
  }

  @Test
  void aShortLastParagraphThatEndsAsASentenceIsKeptAndAFormsLinesAreNot() {
    Cleaned c = text(String.join("\n",
        "European Council President Charles Michel said Wednesday after a meeting with Azerbaijani President Ilham "
            + "Aliyev and Armenian Prime Minister Nikol Pashinyan in Brussels that they had made progress.",
        "",
        "They also agreed to convene a border commission by the end of April, the statement said.",
        "",
        "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:",
        "",
        "Du kommentierst mit Deinem WordPress.com-Konto. Abmelden / Ändern )"));
    assertThat(c.text()).contains("by the end of April, the statement said.").doesNotContain("einzuloggen", "Konto");
    // before the body, such a line is a caption or a teaser
    Cleaned captioned = text(String.join("\n",
        "(c) REUTERS",
        "",
        "Freude in Baku über die militärische Einnahme der Stadt Schuscha.",
        "",
        "Aserbaidschan präsentiert Beweise, wonach es die strategisch wichtige Stadt Schuscha erobert hat. Ankara und "
            + "Moskau wollen die Kriegsparteien zum Deal bewegen."));
    assertThat(captioned.text()).doesNotContain("Freude in Baku");
  }

  @Test
  void aTerseSentenceOfWireStyleWithinTheBodyIsKept() {
    Cleaned c = text(String.join("\n",
        "Officials spoke to reporters in the capital about the situation on the ground and the talks.",
        "",
        "Karabakh officials said Azerbaijani drones struck Stepanakert, killing two civilians."));
    assertThat(c.text()).contains("drones struck Stepanakert");
  }

  @Test
  void aPhotoCopyrightAboveTheTextIsACreditNotAHeadline() {
    Cleaned c = text(String.join("\n",
        "(c) REUTERS (STRINGER)",
        "",
        "Freude in Baku über die militärische Einnahme der Stadt Schuscha.",
        "",
        "Aserbaidschan präsentiert Beweise, wonach es die strategisch wichtige Stadt Schuscha erobert hat. Ankara und "
            + "Moskau wollen die Kriegsparteien zum Deal bewegen.",
        "© AFP"));
    assertThat(c.title()).isNotEqualTo("(c) REUTERS (STRINGER)");
    assertThat(c.text()).doesNotContain("REUTERS", "© AFP").contains("Aserbaidschan präsentiert Beweise");
  }

  @Test
  void teasersAfterARelatedMarkerAreRemovedAndTheirDatesIgnored() {
    Cleaned c = text(String.join("\n",
        "Politik",
        "Kaukasus-Konflikt: Russland will Truppen schicken",
        "Der Konflikt zwischen Armenien und Aserbaidschan droht zunehmend zum Stellvertreterkrieg zu werden, heißt es in Moskau.",
        "19.01.2023 12:09",
        "Aktualisiert: 19.01.2023 12:09",
        "Lesezeit: 1 min",
        "Russlands Außenminister Sergej Lawrow erklärte am Mittwoch, Armenien wolle eine Verurteilung Aserbaidschans in der Vereinbarung.",
        "Mehr zum Thema",
        "article:fokus_txt",
        "Wirtschaft Löhne in Deutschland steigen: Wird nun alles teurer?",
        "24.01.2026",
        "Laut einem Gehaltsreport steigen in Deutschland aktuell die Löhne. Was auf den ersten Blick sehr gut klingt, kann sich auf den...",
        "Ich habe die Datenschutzerklärung sowie die AGB gelesen und erkläre mich einverstanden."));
    assertThat(c.text()).contains("Stellvertreterkrieg", "Lawrow").doesNotContain("2026", "Löhne", "Lesezeit",
        "Aktualisiert", "fokus", "Datenschutz", "Politik");
    assertThat(c.dates()).extracting(d -> d.date().value()).containsOnly("2023-01-19");
    assertThat(c.dates()).extracting(DateClue::source).contains(DateClue.Source.DATELINE, DateClue.Source.UPDATED);
  }

  @Test
  void aRepeatedLedeIsKeptOnce() {
    Cleaned c = text(String.join("\n",
        "Im Konflikt um die Kaukasus-Region kamen auf Einladung Russlands am Freitag Armenien und Aserbaidschan zusammen.",
        "",
        "Moskau – Im Konflikt um die Kaukasus-Region kamen auf Einladung Russlands am Freitag Armenien und Aserbaidschan zusammen.",
        "",
        "Dort verhandeln die Außenminister beider Länder über einen Waffenstillstand, wie das Ministerium in Moskau mitteilte."));
    assertThat(c.text()).startsWith("Moskau –");
    assertThat(c.text().split("Im Konflikt", -1)).hasSize(2);
  }

  record Fixture(String file, String title, String published, String url, String language) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Fixture> fixtures() throws IOException {
    List<Fixture> out = new ArrayList<>();
    List<String> lines = new String(resource("expectations.tsv"), StandardCharsets.UTF_8).lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      out.add(new Fixture(c[0], c[1], c[2], c[3], c[4]));
    }
    return out;
  }

  /** Each fixture page: body tokens recovered with F1 >= 0.95, headline exact. */
  @ParameterizedTest
  @MethodSource("fixtures")
  void extractsTheArticleFromRealisticPages(Fixture f) throws Exception {
    String html = Decoder.decodeHtml(resource(f.file()), null);
    String gold = new String(resource(f.file().replace(".html", ".body.txt")), StandardCharsets.UTF_8);
    Cleaned c = cleaner.clean(new RawDocument(f.file(), null, RawDocument.Kind.HTML, html, null, null, null, null, null));
    double f1 = f1(gold, c.text());
    assertThat(f1).as("token F1 of %s, got:%n%s", f.file(), c.text()).isGreaterThanOrEqualTo(0.95);
    assertThat(c.title()).isEqualTo(f.title());
    if (!f.url().isEmpty()) {
      assertThat(c.url()).isEqualTo(f.url());
    }
  }

  private static double f1(String gold, String got) {
    List<String> g = new ArrayList<>(List.of(gold.toLowerCase().split("[^\\p{L}\\p{N}]+")));
    List<String> o = new ArrayList<>(List.of(got.toLowerCase().split("[^\\p{L}\\p{N}]+")));
    int gn = g.size();
    int on = o.size();
    int common = 0;
    for (String t : o) {
      if (g.remove(t)) common++;
    }
    double p = common / (double) on;
    double r = common / (double) gn;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = CleanerTest.class.getResourceAsStream("/fixtures/html/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void linesOfPlainTextHaveEveryRunOfBlanksMadeOneSpace() {
    String plain = "Talks in Berlin ended on Thursday.";
    assertThat(Cleaner.singleSpaced(plain)).isSameAs(plain);
    assertThat(Cleaner.singleSpaced("Talks  in\tBerlin\u00a0ended \u00a0on\u000bThursday. "))
        .isEqualTo("Talks in Berlin ended on Thursday. ");
    assertThat(Cleaner.singleSpaced("\u00a0Talks\r")).isEqualTo(" Talks ");
    assertThat(Cleaner.singleSpaced("Talks\u2003in Berlin")).isEqualTo("Talks\u2003in Berlin");
  }
}
