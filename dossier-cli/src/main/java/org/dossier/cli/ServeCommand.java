package org.dossier.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.web.WebServer;
import org.dossier.web.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier serve}: the REST API and the web UI over a store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the REST API (/api, described at /openapi.json) and the web UI (/) over a store, "
        + "opened read-only. Stops on Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", required = true, description = "Store folder (made by dossier ingest)")
  Path store;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, got " + port);
    }
    Workbench workbench = Workbench.open(store);
    WebServer server;
    try {
      server = WebServer.start(workbench, host, port);
    } catch (RuntimeException e) {
      workbench.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread stop = new Thread(() -> {
      try {
        server.close();
        workbench.close();
        System.out.println("dossier serve: stopped");
      } catch (Exception e) {
        System.err.println("dossier serve: " + e.getMessage());
      } finally {
        stopped.countDown();
      }
    }, "dossier-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(stop);
    if (workbench.indexBehind()) {
      System.err.println("dossier serve: the search index is behind the store (an ingest stopped before indexing); "
          + "searches miss the latest changes until dossier ingest --store " + store + " runs again");
    }
    System.out.println("Serving " + store + " at " + server.url() + " (API description: " + server.url()
        + "openapi.json). Ctrl-C stops.");
    System.out.flush();
    stopped.await();
    return 0;
  }
}
