package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.clean.Cleaner;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.text.LanguageIdentifier;

/**
 * The benchmark inputs, read at run time; nothing of the evaluation suites is kept in the repository.
 *
 * <ul>
 *   <li>{@code te3}: TempEval-3 platinum, 20 English news documents (the TimeML {@code TEXT} without markup,
 *       the document creation time from {@code DCT});</li>
 *   <li>{@code wikiwarsde}: WikiWarsDE, 22 German Wikipedia articles on wars (the {@code TEXT} of {@code in/});</li>
 *   <li>{@code seeds}: the bundled example articles, {@code examples/seeds};</li>
 *   <li>{@code html}: the HTML pages of the cleaner's test fixtures.</li>
 * </ul>
 *
 * <p>Locations, as system properties: {@code dossier.repo} (the repository root; default: the nearest folder
 * upwards from the working directory that holds {@code examples/seeds}), {@code dossier.eval} (default
 * {@code <repo>/../shared/eval}), {@code dossier.te3} and {@code dossier.wikiwarsde} (the suites' folders).
 * When an evaluation suite is absent, the bundled seeds stand in for it and a warning says so.
 */
public final class Corpora {
  /**
   * A text for the temporal taggers, with the language and document date the taggers are given.
   *
   * @param title a headline kept apart from the text (TempEval-3 {@code TITLE}), or null
   */
  public record Text(String name, String title, String text, String language, String documentDate) {}

  private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"([^\"]+)\"");
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private Corpora() {}

  public static Path repoRoot() {
    String configured = System.getProperty("dossier.repo");
    if (configured != null) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path cwd = Path.of("").toAbsolutePath();
    for (Path p = cwd; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples/seeds")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    return cwd;
  }

  public static Path evalRoot() {
    String configured = System.getProperty("dossier.eval");
    return configured != null ? Path.of(configured) : repoRoot().resolve("../shared/eval").normalize();
  }

  public static Path tempEval3Dir() {
    String configured = System.getProperty("dossier.te3");
    return configured != null ? Path.of(configured) : evalRoot().resolve("tempeval3-platinum/te3-platinum-normalized");
  }

  public static Path wikiWarsDeDir() {
    String configured = System.getProperty("dossier.wikiwarsde");
    return configured != null ? Path.of(configured) : evalRoot().resolve("wikiwarsde/in");
  }

  public static Path seedsDir() {
    return repoRoot().resolve("examples/seeds");
  }

  /** The development set of conflict news (EN/DE), beside the repository. */
  public static Path devDir() {
    String configured = System.getProperty("dossier.dev");
    return configured != null ? Path.of(configured) : repoRoot().resolve("../shared/corpus/dev/articles").normalize();
  }

  public static Path htmlFixturesDir() {
    return repoRoot().resolve("dossier-core/src/test/resources/fixtures/html");
  }

  /** Texts for the temporal taggers: {@code te3} (English) or {@code wikiwarsde} (German). */
  public static List<Text> texts(String corpus) {
    return switch (corpus) {
      case "te3", "en" -> tempEval3();
      case "wikiwarsde", "de" -> wikiWarsDe();
      default -> throw new IllegalArgumentException("unknown corpus " + corpus + " (te3, wikiwarsde)");
    };
  }

  /**
   * Input documents for the stages: {@code seeds}, {@code dev} (the development set of conflict news),
   * {@code te3}, {@code wikiwarsde} (plain text) or {@code html}.
   */
  public static List<RawDocument> raw(String corpus) {
    return switch (corpus) {
      case "seeds" -> ingest(seedsDir());
      case "dev" -> ingest(devDir());
      // The fixtures folder also holds the expected bodies as .txt: only the pages are taken.
      case "html" -> ingest(htmlFixturesDir()).stream().filter(r -> r.kind() == RawDocument.Kind.HTML).toList();
      case "te3", "wikiwarsde" -> {
        List<Text> texts = texts(corpus);
        List<RawDocument> raws = new ArrayList<>();
        for (Text t : texts) {
          // As an article file would read: the headline, a blank line, the body.
          String content = t.title() != null ? t.title() + "\n\n" + t.text() : t.text();
          raws.add(new RawDocument(t.name(), null, RawDocument.Kind.TEXT, content, null, null, null, null, null));
        }
        yield raws;
      }
      default -> throw new IllegalArgumentException("unknown corpus " + corpus + " (seeds, dev, te3, wikiwarsde, html)");
    };
  }

  /** TempEval-3 platinum: the body of each document without markup, with its creation date. */
  public static List<Text> tempEval3() {
    List<Path> files = files(tempEval3Dir(), ".tml");
    if (files.isEmpty()) {
      return seedsFallback(tempEval3Dir(), "en");
    }
    List<Text> texts = new ArrayList<>();
    for (Path f : files) {
      String xml = read(f);
      Matcher body = BODY.matcher(xml);
      if (!body.find()) {
        continue;
      }
      Matcher title = TITLE.matcher(xml);
      String head = title.find() ? unescape(TAG.matcher(title.group(1)).replaceAll("")).strip() : null;
      String text = unescape(TAG.matcher(body.group(1)).replaceAll("")).strip();
      Matcher dct = DCT.matcher(xml);
      texts.add(new Text(name(f), head, text, "en", dct.find() ? dct.group(1) : null));
    }
    return texts;
  }

  /** WikiWarsDE: the raw text of each article (narratives: no document date is given to the taggers). */
  public static List<Text> wikiWarsDe() {
    List<Path> files = files(wikiWarsDeDir(), ".sgm");
    if (files.isEmpty()) {
      return seedsFallback(wikiWarsDeDir(), "de");
    }
    List<Text> texts = new ArrayList<>();
    for (Path f : files) {
      Matcher body = BODY.matcher(read(f));
      if (body.find()) {
        texts.add(new Text(name(f), null, body.group(1).strip(), "de", null));
      }
    }
    return texts;
  }

  /** One line about a corpus: how many documents and how long they are. */
  public static String describe(String corpus, int documents, long chars) {
    return String.format(Locale.ROOT, "corpus %s: %d documents, %,d characters (%,d per document)",
        corpus, documents, chars, documents == 0 ? 0 : chars / documents);
  }

  private static List<Text> seedsFallback(Path missing, String language) {
    System.err.println("dossier-bench: " + missing + " has no documents; the bundled examples/seeds stand in");
    Cleaner cleaner = new Cleaner();
    LanguageIdentifier languages = new LanguageIdentifier(Set.of());
    List<Text> all = new ArrayList<>();
    List<Text> inLanguage = new ArrayList<>();
    for (RawDocument raw : ingest(seedsDir())) {
      String text = cleaner.clean(raw).text();
      Text t = new Text(name(Path.of(raw.input())), null, text, language, null);
      all.add(t);
      if (language.equals(languages.identify(text))) {
        inLanguage.add(t);
      }
    }
    return inLanguage.isEmpty() ? all : inLanguage;
  }

  private static List<RawDocument> ingest(Path dir) {
    List<RawDocument> docs = new ArrayList<>();
    try (Ingest ingest = new Ingest(List.of(dir), IngestOptions.defaults())) {
      while (ingest.hasNext()) {
        IngestItem item = ingest.next();
        if (item instanceof RawDocument raw) {
          docs.add(raw);
        }
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalStateException("no documents in " + dir + " (run from the repository root or set -Ddossier.repo)");
    }
    return docs;
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path f) {
    String n = f.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
