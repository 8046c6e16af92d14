package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.pack.PackLoader;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.store.SearchFeed;
import org.dossier.store.Store;
import org.dossier.store.StoreIngest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier serve} in a process of its own: it prints its URL, answers, and stops cleanly on SIGTERM. */
class ServeCommandTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  @TempDir Path work;

  @Test
  void servesAStoreUntilStopped() throws Exception {
    Path store = work.resolve("store");
    try (Store s = Store.open(store)) {
      new StoreIngest(s, PipelineConfig.defaults(), 2).run(List.of(ROOT.resolve("examples/seeds")),
          new StoreIngest.Listener() {});
      SearchFeed.catchUp(s, PackLoader.load("caucasus"));
    }
    Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Dossier.class.getName(), "serve", "--store", store.toString(),
        "--port", "0").redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertThat(line).startsWith("Serving ");
      Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
      assertThat(url.find()).isTrue();
      HttpResponse<String> stats = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url.group(1) + "api/stats")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(stats.statusCode()).isEqualTo(200);
      assertThat(stats.body()).contains("\"documents\":5");
      // SIGTERM, as Ctrl-C's SIGINT, runs the shutdown hook (Process#destroy would close the output first)
      new ProcessBuilder("kill", "-TERM", Long.toString(serve.pid())).start().waitFor();
      assertThat(serve.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(out.readLine()).isEqualTo("dossier serve: stopped");
    } finally {
      serve.destroyForcibly();
    }
  }

  @Test
  void aFolderWithoutAStoreIsRefusedAndLeftAsItWas() {
    Path nothing = work.resolve("nothing");
    assertThat(Dossier.execute("serve", "--store", nothing.toString(), "--port", "0")).isEqualTo(1);
    assertThat(nothing).doesNotExist();
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    CliRun run = CliRun.of("serve", "--store", work.resolve("nothing").toString(), "--port", "99999");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--port must be 0 to 65535, got 99999");
  }
}
