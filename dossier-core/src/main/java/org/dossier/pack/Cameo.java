package org.dossier.pack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CAMEO event codebook: every code with its label, read once from the bundled codebook. */
public final class Cameo {
  private static final Map<String, String> LABELS = read();
  private static final Map<String, String> FAMILIES = readFamilies();

  /** "Make statement, not specified below": what every report holds, whatever it is about. */
  public static final String STATEMENT = "010";

  private Cameo() {}

  public static boolean known(String code) {
    return LABELS.containsKey(code);
  }

  /** The codebook's label of a code, or null for an unknown code. */
  public static String label(String code) {
    return LABELS.get(code);
  }

  /**
   * The code's quad class, the standard grouping of CAMEO roots: 1 verbal cooperation (roots 01–05),
   * 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20); 0 for a code
   * outside the codebook's roots.
   */
  public static int quadClass(String code) {
    if (code == null || code.length() < 2) return 0;
    int root;
    try {
      root = Integer.parseInt(code.substring(0, 2));
    } catch (NumberFormatException e) {
      return 0;
    }
    if (root >= 1 && root <= 5) return 1;
    if (root >= 6 && root <= 8) return 2;
    if (root >= 9 && root <= 13) return 3;
    if (root >= 14 && root <= 20) return 4;
    return 0;
  }

  /**
   * Whether a code names a kind of event in particular: three digits or more, and not a root's "not specified below",
   * whose three digits end in 0 (190 any fighting, 010 any statement).
   */
  public static boolean specific(String code) {
    return code != null && code.length() >= 3 && !code.endsWith("0");
  }

  /** The two-digit root of a code ("0871" → "08"). */
  public static String root(String code) {
    return code.substring(0, 2);
  }

  /**
   * The kind of act a code names, for telling whether two reports may tell one event: its root, or for the
   * codes of the bundled {@code cameo-families.tsv}, the family they share with codes of other roots (an
   * obstruction of a road is 144 when protesters block it and 191 when a state does; reports of one blockade
   * credit either).
   */
  public static String family(String code) {
    for (int length = code.length(); length >= 3; length--) {
      String family = FAMILIES.get(code.substring(0, length));
      if (family != null) return family;
    }
    return root(code);
  }

  private static Map<String, String> readFamilies() {
    Map<String, String> families = new LinkedHashMap<>();
    for (String[] row : rows("cameo-families.tsv")) {
      if (row.length < 2 || row[0].startsWith("#")) continue;
      String code = row[1].strip();
      if (!known(code)) throw new IllegalStateException("cameo-families.tsv: code " + code + " is not in the codebook");
      String previous = families.putIfAbsent(code, row[0].strip());
      if (previous != null) throw new IllegalStateException("cameo-families.tsv: code " + code + " in two families");
    }
    return Map.copyOf(families);
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Cameo.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " missing from the classpath");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static Map<String, String> read() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String[] row : rows("cameo-event-codes.tsv")) {
      if (row.length >= 2 && !row[0].isEmpty()) labels.putIfAbsent(row[0], row[1].strip());
    }
    return Map.copyOf(labels);
  }
}
