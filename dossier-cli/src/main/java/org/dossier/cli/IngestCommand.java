package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.model.IngestItem;
import org.dossier.model.Rejection;
import org.dossier.pack.PackException;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.store.SearchFeed;
import org.dossier.store.Store;
import org.dossier.store.StoreIngest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier ingest}: adds inputs to a store, then brings its stories and timeline up to date. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
        "Analyses news articles into a store (a DuckDB database in the store folder,",
        "see docs/STORE.md), then brings its stories and timeline up to date over",
        "every stored document. Inputs already stored are skipped; unreadable inputs",
        "are listed with the reason and recorded in the store's rejected table; the",
        "run goes on. Without INPUT, completes an ingest that was interrupted."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the run completed (unreadable inputs are listed)", "1:fatal error",
        "2:usage error (unknown option, missing input path, a pack other than the store's)"})
public final class IngestCommand implements Callable<Integer> {
  /** How many rejected inputs are listed on stderr; the rest are in the store's rejected table. */
  static final int LISTED_REJECTIONS = 20;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Files or folders (walked recursively): .txt, .html/.htm, .jsonl, .warc, .warc.gz")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--store", paramLabel = "DIR", required = true,
      description = "Store folder; created with its tables if missing")
  Path store;

  @CommandLine.Mixin PipelineOptions pipeline;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "" + StoreIngest.DEFAULT_BATCH,
      description = "Documents stored per transaction (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--quiet", description = "No progress bar, no list of rejected inputs and no summary line")
  boolean quiet;

  @Option(names = "--from-parquet", paramLabel = "SPARK_OUT",
      description = "Load the Parquet output of dossier spark into a new store (no INPUT), then index it for search")
  Path fromParquet;

  @Override
  public Integer call() throws Exception {
    if (fromParquet != null) return importParquet();
    pipeline.validate(spec.commandLine(), inputs);
    if (batch < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1, got " + batch);
    DocumentPipeline documents;
    try {
      documents = new DocumentPipeline(pipeline.config());
    } catch (PackException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    try (Store opened = Store.open(store)) {
      String stored = opened.pack();
      if (stored != null && !stored.equals(pipeline.pack)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "the store " + store + " holds documents "
            + "analysed with the pack '" + stored + "'; ingest with --pack " + stored + " or into another store");
      }
      StoreIngest ingest = new StoreIngest(opened, documents, pipeline.threads(), batch);
      List<Rejection> rejections = new ArrayList<>();
      long[] rejected = {0};
      StoreIngest.Summary summary;
      try (Progress progress = Progress.of("ingest", quiet)) {
        StoreIngest.Listener listener = new StoreIngest.Listener() {
          @Override
          public void finished(IngestItem item, StoreIngest.Outcome outcome) {
            progress.step();
          }

          @Override
          public void rejected(Rejection rejection) {
            if (rejected[0]++ < LISTED_REJECTIONS) rejections.add(rejection);
          }

          @Override
          public void crossDocument(long stored) {
            progress.say("stories and timeline over " + stored + " documents");
          }
        };
        summary = inputs.isEmpty() ? ingest.complete(listener) : ingest.run(inputs, listener);
      }
      long indexed = SearchFeed.catchUp(opened, documents.pack());
      if (!quiet) {
        for (Rejection r : rejections) System.err.println("rejected " + r.input() + ": " + r.reason());
        if (rejected[0] > rejections.size()) {
          System.err.println("... and " + (rejected[0] - rejections.size()) + " more (SELECT * FROM rejected)");
        }
        System.err.println(summary.line() + "; " + indexed + " documents (re)indexed for search -> "
            + opened.dir().resolve(Store.FILE).toAbsolutePath().normalize());
      }
    }
    return 0;
  }

  private int importParquet() throws Exception {
    if (!inputs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--from-parquet takes no INPUT");
    }
    if (!Files.isDirectory(fromParquet)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + fromParquet);
    }
    try (Store opened = Store.open(store)) {
      String pack;
      try {
        pack = opened.importParquet(fromParquet);
      } catch (org.dossier.store.StoreException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      long indexed = SearchFeed.catchUp(opened, org.dossier.pack.PackLoader.load(pack));
      if (!quiet) {
        System.err.println("imported " + opened.counts() + "; " + indexed + " documents indexed for search -> "
            + opened.dir().resolve(Store.FILE).toAbsolutePath().normalize());
      }
    }
    return 0;
  }
}
