package org.dossier.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a benchmark corpus from real news and encyclopaedia text (MEANTIME, TempEval-3, WikiWarsDE, the
 * seeds and the dev set): each article joins 2 to 4 passages of 3 to 7 consecutive sentences from
 * different source texts of one language, under a headline and with typical page furniture. The same
 * seed gives the same corpus; no two articles share the same passage combination, so there are no
 * near-duplicates among them.
 */
public final class CorpusBuilder {
  /** What was written. */
  public record Stats(int documents, int sourceTexts, long bytes) {
    @Override
    public String toString() {
      return documents + " documents from " + sourceTexts + " source texts, " + bytes / 1_000_000 + " MB";
    }
  }

  private record Source(String language, List<String> sentences) {}

  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"„“])");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final String[][] FURNITURE = {
      {"Skip to content", "Share on X", "Sign up for our newsletter", "Read more"},
      {"Zum Inhalt springen", "Teilen", "Jetzt Newsletter abonnieren", "Mehr zum Thema"}};

  private final Path shared;
  private final Random random;

  public CorpusBuilder(Path shared, long seed) {
    this.shared = shared;
    this.random = new Random(seed);
  }

  public Stats write(Path out, int documents) throws IOException {
    List<Source> en = new ArrayList<>();
    List<Source> de = new ArrayList<>();
    collect(en, de);
    if (en.isEmpty() || de.isEmpty()) {
      throw new IOException("no source text found under " + shared.toAbsolutePath());
    }
    ObjectMapper json = new ObjectMapper();
    Set<String> combinations = new HashSet<>();
    long bytes = 0;
    if (out.getParent() != null) Files.createDirectories(out.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < documents; i++) {
        boolean german = random.nextInt(3) == 0;
        List<Source> pool = german ? de : en;
        StringBuilder key = new StringBuilder();
        String text = null;
        for (int attempt = 0; attempt < 50 && text == null; attempt++) {
          key.setLength(0);
          text = article(pool, german ? 1 : 0, key);
          if (!combinations.add(key.toString())) text = null;
        }
        if (text == null) {
          throw new IOException("source text exhausted after " + i + " distinct documents");
        }
        ObjectNode o = json.createObjectNode();
        o.put("id", String.format("bench-%07d", i));
        o.put("url", "https://news.example/" + (2015 + random.nextInt(10)) + "/" + (1 + random.nextInt(12)) + "/"
            + (1 + random.nextInt(28)) + "/article-" + i);
        o.putNull("published");
        o.put("text", text);
        String line = json.writeValueAsString(o);
        w.write(line);
        w.write('\n');
        bytes += line.length() + 1;
      }
    }
    return new Stats(documents, en.size() + de.size(), bytes);
  }

  private String article(List<Source> pool, int lang, StringBuilder key) {
    int passages = 2 + random.nextInt(3);
    StringBuilder body = new StringBuilder();
    String[] furniture = FURNITURE[lang];
    body.append(furniture[0]).append("\n\n");
    String headline = null;
    Set<Integer> used = new HashSet<>();
    for (int p = 0; p < passages; p++) {
      int s = random.nextInt(pool.size());
      if (!used.add(s)) continue;
      List<String> sentences = pool.get(s).sentences();
      int len = Math.min(sentences.size(), 3 + random.nextInt(5));
      int start = random.nextInt(Math.max(1, sentences.size() - len + 1));
      key.append(s).append(':').append(start).append(':').append(len).append(';');
      if (headline == null) {
        headline = sentences.get(start).replaceAll("[.!?]$", "");
        if (headline.length() > 120) headline = headline.substring(0, 120);
        body.insert(0, headline + "\n\n");
      }
      body.append(String.join(" ", sentences.subList(start, start + len))).append("\n\n");
      if (p == 0) body.append(furniture[1]).append("\n\n");
    }
    body.append(furniture[2]).append("\n").append(furniture[3]).append("\n");
    return body.toString();
  }

  private void collect(List<Source> en, List<Source> de) throws IOException {
    Path eval = shared.resolve("eval");
    for (Path f : files(eval.resolve("meantime-en"), ".xml")) {
      if (!f.toString().contains("intra-doc")) continue;
      add(en, "en", tokensToText(Files.readString(f, StandardCharsets.UTF_8)));
    }
    for (Path f : files(eval.resolve("tempeval3-platinum"), ".tml")) {
      String xml = Files.readString(f, StandardCharsets.UTF_8);
      int a = xml.indexOf("<TEXT>");
      int b = xml.indexOf("</TEXT>");
      if (a >= 0 && b > a) add(en, "en", TAG.matcher(xml.substring(a + 6, b)).replaceAll(""));
    }
    for (Path f : files(eval.resolve("wikiwarsde/in"), ".sgm")) {
      String sgm = Files.readString(f, StandardCharsets.UTF_8);
      int a = sgm.indexOf("<TEXT>");
      int b = sgm.indexOf("</TEXT>");
      String text = a >= 0 && b > a ? sgm.substring(a + 6, b) : sgm;
      // A long Wikipedia article gives one source per paragraph group, like several news texts would.
      String[] paragraphs = text.split("\\n\\s*\\n");
      StringBuilder chunk = new StringBuilder();
      for (String para : paragraphs) {
        chunk.append(para.strip()).append(' ');
        if (chunk.length() > 2500) {
          add(de, "de", chunk.toString());
          chunk.setLength(0);
        }
      }
      add(de, "de", chunk.toString());
    }
    for (Path f : files(shared.resolve("corpus"), ".txt")) {
      String name = f.getFileName().toString();
      String text = Files.readString(f, StandardCharsets.UTF_8);
      boolean german = name.startsWith("de_") || text.contains(" und ") && text.contains(" der ");
      add(german ? de : en, german ? "de" : "en", text);
    }
  }

  private static String tokensToText(String xml) {
    StringBuilder out = new StringBuilder();
    Matcher m = Pattern.compile("<token[^>]*>([^<]*)</token>").matcher(xml);
    while (m.find()) {
      String t = m.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&apos;", "'");
      if (out.length() > 0 && !t.matches("[.,;:!?)%]|'s|n't")) out.append(' ');
      out.append(t);
    }
    return out.toString();
  }

  private static void add(List<Source> pool, String lang, String text) {
    List<String> sentences = new ArrayList<>();
    for (String s : SENTENCE.split(text.replaceAll("\\s+", " ").strip())) {
      if (s.length() > 20 && s.length() < 600) sentences.add(s);
    }
    if (sentences.size() >= 3) pool.add(new Source(lang, sentences));
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
