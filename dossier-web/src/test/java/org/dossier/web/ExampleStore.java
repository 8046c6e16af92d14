package org.dossier.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.pack.PackLoader;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.store.SearchFeed;
import org.dossier.store.Store;
import org.dossier.store.StoreIngest;

/**
 * A store ingested from the bundled examples plus one hostile article, with its search index, built in a
 * temporary folder by each test class that needs it and served on a free port.
 */
final class ExampleStore implements AutoCloseable {
  static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
  /** An article whose text carries markup that must come back as data and show as text. */
  static final String HOSTILE_TITLE = "Armenia and Azerbaijan <script>alert('x')</script> talks";
  static final String HOSTILE_TEXT = "YEREVAN, October 12, 2020. Armenia accused Azerbaijan of shelling Stepanakert "
      + "on Monday <script>window.hostile = 1</script> and <img src=x onerror=\"window.hostile = 2\">.";

  final Path dir;
  final Workbench workbench;
  final WebServer server;

  private ExampleStore(Path dir, Workbench workbench, WebServer server) {
    this.dir = dir;
    this.workbench = workbench;
    this.server = server;
  }

  static ExampleStore start() throws IOException {
    Path dir = Files.createTempDirectory("dossier-web-test");
    Path hostile = dir.resolve("input/en_hostile.txt");
    Files.createDirectories(hostile.getParent());
    Files.writeString(hostile, "url: https://hostile.example.org/news/talks\ntitle: " + HOSTILE_TITLE
        + "\ndate: 2020-10-12\n\n" + HOSTILE_TEXT + "\n");
    Path storeDir = dir.resolve("store");
    build(storeDir, List.of(EXAMPLES.resolve("seeds"), EXAMPLES.resolve("news"), hostile.getParent()));
    Workbench workbench = Workbench.open(storeDir);
    return new ExampleStore(dir, workbench, WebServer.start(workbench, "127.0.0.1", 0));
  }

  /** Ingests the inputs into a new store and indexes every stored document, as {@code dossier ingest} does. */
  static void build(Path storeDir, List<Path> inputs) throws IOException {
    PipelineConfig config = PipelineConfig.defaults();
    try (Store store = Store.open(storeDir)) {
      new StoreIngest(store, config, 2).run(inputs, new StoreIngest.Listener() {});
      SearchFeed.catchUp(store, PackLoader.load(config.pack()));
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Override
  public void close() throws IOException {
    server.close();
    workbench.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
