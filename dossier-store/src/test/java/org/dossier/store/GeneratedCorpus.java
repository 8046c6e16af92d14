package org.dossier.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.output.ContractJson;

/**
 * A corpus of JSON Lines files made from the bundled seed reports: each line a few paragraphs of a seed (so
 * some lines are copies of each other and most are not), dated weeks apart or not at all (so stories can date
 * them), and one broken line per file.
 */
final class GeneratedCorpus {
  private static final int PER_FILE = 60;
  private static final LocalDate[] DAYS = {LocalDate.of(2024, 2, 28), LocalDate.of(2020, 10, 9),
      LocalDate.of(2020, 10, 2), LocalDate.of(2020, 10, 9), LocalDate.of(2023, 1, 19)};

  private GeneratedCorpus() {}

  /** Writes {@code units} lines (every 60th broken) into files under {@code dir}; returns {@code dir}. */
  static Path write(Path dir, int units) throws IOException {
    Files.createDirectories(dir);
    List<List<String>> seeds = new ArrayList<>();
    for (Path seed : Fixtures.seeds("000", "001", "002", "003", "004")) {
      String text = Files.readString(seed, StandardCharsets.UTF_8).replaceFirst("^\\s*date \\d{4}(-\\d{2}){0,2}\\s+", "");
      List<String> paragraphs = new ArrayList<>();
      for (String p : text.split("\n\\s*\n")) if (!p.isBlank()) paragraphs.add(p.strip());
      seeds.add(paragraphs);
    }
    BufferedWriter out = null;
    try {
      for (int k = 0; k < units; k++) {
        if (k % PER_FILE == 0) {
          if (out != null) out.close();
          out = Files.newBufferedWriter(dir.resolve(String.format("reports-%03d.jsonl", k / PER_FILE)),
              StandardCharsets.UTF_8);
        }
        if (k % PER_FILE == PER_FILE / 2) {
          out.write("{broken\n");
          continue;
        }
        int s = k % seeds.size();
        List<String> paragraphs = seeds.get(s);
        List<String> kept = new ArrayList<>();
        int first = (k / 5 * 3) % paragraphs.size();
        for (int p = first; p < Math.min(first + 4, paragraphs.size()); p++) kept.add(paragraphs.get(p));
        ObjectNode line = ContractJson.mapper().createObjectNode();
        line.put("id", "g" + k);
        if (k % 3 != 2) line.put("published", DAYS[s].plusDays(10 * ((k / 5) % 4)).toString());
        line.put("text", String.join("\n\n", kept));
        out.write(ContractJson.line(line));
        out.write('\n');
      }
    } finally {
      if (out != null) out.close();
    }
    return dir;
  }
}
