package org.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.pack.Pack;
import org.dossier.pack.PackLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report makes of unusual folders and values. */
class ReportInputTest {
  private static final Pack PACK = PackLoader.load("caucasus");

  @Test
  void aFolderWithoutTheOutputFilesIsRefusedNamingTheMissingFile(@TempDir Path dir) {
    assertThatThrownBy(() -> Report.write(dir, PACK))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("not an analysis output folder").hasMessageContaining("rejected.jsonl");
    assertThat(dir.resolve(Report.FILE)).doesNotExist();
  }

  @Test
  void aBrokenLineIsReportedWithItsFileAndLine(@TempDir Path dir) throws Exception {
    HostileOutput.write(dir);
    Files.writeString(dir.resolve("stories.jsonl"), "{\"id\": \"s1\", \"docs\": []}\n{oops\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Report.write(dir, PACK))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("stories.jsonl:2: not valid JSON");
    assertThat(dir.resolve(Report.FILE)).doesNotExist();
  }

  @Test
  void anEmptyAnalysisGivesAnEmptyReport(@TempDir Path dir) throws Exception {
    new SyntheticOutput(dir).close();
    Report.Written written = Report.write(dir, PACK);
    var data = new ReportFile(written.file()).data();
    assertThat(data.get("summary").get("documents").asInt()).isZero();
    assertThat(data.get("timeline")).isEmpty();
    assertThat(data.get("summary").get("first").isNull()).isTrue();
    assertThat(written.map()).isFalse();
  }

  @Test
  void aRerunReplacesTheReport(@TempDir Path dir) throws Exception {
    HostileOutput.write(dir);
    Files.writeString(dir.resolve(Report.FILE), "old");
    Report.write(dir, PACK);
    assertThat(Files.readString(dir.resolve(Report.FILE))).startsWith("<!DOCTYPE html>");
  }

  @Test
  void theOutletIsTheHostWithoutWww() {
    assertThat(DocumentPass.outlet("https://www.tagesschau.de/ausland/x.html")).isEqualTo("tagesschau.de");
    assertThat(DocumentPass.outlet("http://user@News.Example.org:8080/a")).isEqualTo("news.example.org");
    assertThat(DocumentPass.outlet("javascript:alert(1)")).isNull();
    assertThat(DocumentPass.outlet(null)).isNull();
  }

  @Test
  void limitsCannotBeNegative() {
    assertThatThrownBy(() -> new ReportLimits(-1, 5, 480, 24, 6, 240, 500, 20, 2000, 400, 40, 160, 200, 240))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
