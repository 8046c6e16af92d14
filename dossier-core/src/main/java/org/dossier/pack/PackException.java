package org.dossier.pack;

import java.util.List;

/** A pack that cannot be loaded; the message lists every problem with its file and line. */
public final class PackException extends RuntimeException {
  private final List<String> problems;

  public PackException(String pack, List<String> problems) {
    super("pack " + pack + " is invalid:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
