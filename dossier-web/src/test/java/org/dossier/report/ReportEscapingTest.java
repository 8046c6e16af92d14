package org.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.dossier.pack.PackLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article text with script tags, comments and script URLs stays data: it cannot end or open an element. */
class ReportEscapingTest {
  @TempDir static Path dir;
  static ReportFile report;

  @BeforeAll
  static void writeTheReportOfHostileOutput() throws Exception {
    HostileOutput.write(dir);
    Report.write(dir, PackLoader.load("caucasus"));
    report = new ReportFile(dir.resolve(Report.FILE));
  }

  @Test
  void everyScriptElementEndsWhereThePageEndsIt() {
    int opened = count("(?i)<script\\b");
    int closed = count("(?i)</script");
    assertThat(report.scriptOpenings).hasSize(opened);
    assertThat(closed).isEqualTo(opened);
    assertThat(report.html).doesNotContain("<!--");
  }

  @Test
  void theEmbeddedJsonHasNoAngleBracketsAmpersandsOrLineSeparators() {
    String data = report.json(HtmlPage.DATA_ID);
    assertThat(data).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(data).contains("\\u003C/script\\u003E");
  }

  @Test
  void theEmbeddedJsonParsesBackToTheArticlesText() throws Exception {
    JsonNode data = report.data();
    assertThat(data.get("documents").get("h1").get("title").asText()).isEqualTo(HostileOutput.TITLE);
    assertThat(data.get("documents").get("h1").get("url").asText()).isEqualTo("javascript:alert(1)");
    JsonNode entry = data.get("timeline").get(0);
    assertThat(entry.get("evidence").get(0).get("text").asText()).isEqualTo(HostileOutput.SENTENCE);
    assertThat(entry.get("source").get(0).get("name").asText()).isEqualTo(HostileOutput.ACTOR);
    assertThat(entry.get("conflicts").get(0).asText()).isEqualTo(HostileOutput.CONFLICT);
    assertThat(data.get("stories").get(0).get("title").asText()).isEqualTo(HostileOutput.STORY);
    assertThat(data.get("rejected").get(0).get("reason").asText()).isEqualTo(HostileOutput.REASON);
    // a document without a title is shown by its first sentence
    assertThat(data.get("documents").get("h2").get("title").asText()).isEqualTo("</script> Erster Satz. Zweiter Satz.");
    assertThat(data.get("documents").get("h2").get("untitled").asBoolean()).isTrue();
  }

  @Test
  void theTitleElementIsEscaped() {
    assertThat(HtmlPage.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  private static int count(String regex) {
    return (int) Pattern.compile(regex).matcher(report.html).results().count();
  }
}
