package org.dossier.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr when a person watches a terminal; nothing otherwise (quiet, or output redirected). */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  static Progress of(String task, boolean quiet) {
    if (quiet || System.console() == null) return new Progress(null);
    return new Progress(new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" docs", 1)
        .showSpeed()
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build());
  }

  void step() {
    if (bar != null) bar.step();
  }

  /** Says what the run is doing now, after the count. */
  void say(String message) {
    if (bar != null) bar.setExtraMessage(" " + message);
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
  }
}
