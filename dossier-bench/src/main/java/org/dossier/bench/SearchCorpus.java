package org.dossier.bench;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.entities.Mention;
import org.dossier.events.Event;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.RawDocument;
import org.dossier.model.Span;
import org.dossier.pipeline.DocumentAnalysis;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.search.IndexedDocument;

/**
 * Documents for the search benchmarks, built from real sentences: the dev set and the bundled seeds are
 * analysed once, each sentence keeps the entities mentioned in it and the actors and CAMEO roots of the events
 * it states, and each synthetic document joins 4–12 sentences of one language (two thirds English) under the
 * first words of one of them, with a date between 2014 and 2025 (some to the month only, a few undated) and
 * an outlet of the dev set. Documents are made one at a time; only the sentences are held.
 */
final class SearchCorpus {
  private record Sentence(String text, List<String> entities, List<String> actors, List<String> roots) {}

  private static final LocalDate FIRST = LocalDate.of(2014, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST.toEpochDay());

  private final Map<String, List<Sentence>> byLanguage = new TreeMap<>();
  private final List<String> outlets = new ArrayList<>();

  private SearchCorpus() {}

  /** Analyses the dev set and the seeds (a few seconds). */
  static SearchCorpus load() {
    SearchCorpus corpus = new SearchCorpus();
    DocumentPipeline pipeline = new DocumentPipeline(
        new PipelineConfig(PipelineConfig.DEFAULT_PACK, Set.of(), LocalDate.now(), IngestOptions.defaults()));
    Set<String> outlets = new LinkedHashSet<>();
    List<RawDocument> raws = new ArrayList<>(Corpora.raw("dev"));
    raws.addAll(Corpora.raw("seeds"));
    for (RawDocument raw : raws) {
      DocumentAnalysis a = pipeline.analyse(raw);
      String language = a.document().language();
      if (!language.equals("en") && !language.equals("de")) continue;
      String host = host(a.document().url());
      if (host != null) outlets.add(host);
      for (Span s : a.document().sentences()) {
        String text = a.document().text().substring(s.start(), s.end()).strip();
        if (text.length() < 40) continue;
        Set<String> entities = new LinkedHashSet<>();
        for (Mention m : a.entities().mentions()) {
          if (m.start() >= s.start() && m.end() <= s.end() && !m.unlisted()) entities.add(m.entity());
        }
        Set<String> actors = new LinkedHashSet<>();
        Set<String> roots = new LinkedHashSet<>();
        for (Event e : a.events()) {
          if (e.evidence().start() < s.start() || e.evidence().end() > s.end()) continue;
          roots.add(e.cameo().substring(0, 2));
          for (List<Event.Actor> role : List.of(e.source(), e.target(), e.mediator())) {
            for (Event.Actor actor : role) if (actor.entity() != null) actors.add(actor.entity());
          }
        }
        corpus.byLanguage.computeIfAbsent(language, k -> new ArrayList<>())
            .add(new Sentence(text, List.copyOf(entities), List.copyOf(actors), List.copyOf(roots)));
      }
    }
    corpus.outlets.addAll(outlets);
    System.out.printf(Locale.ROOT, "search corpus: %d English and %d German sentences, %d outlets%n",
        corpus.byLanguage.getOrDefault("en", List.of()).size(), corpus.byLanguage.getOrDefault("de", List.of()).size(),
        corpus.outlets.size());
    return corpus;
  }

  /** {@code count} documents, the same for the same seed. */
  Iterator<IndexedDocument> documents(int count, long seed) {
    Random random = new Random(seed);
    return new Iterator<>() {
      private int made;

      @Override
      public boolean hasNext() {
        return made < count;
      }

      @Override
      public IndexedDocument next() {
        if (!hasNext()) throw new NoSuchElementException();
        return document("bench-" + made++, random);
      }
    };
  }

  private IndexedDocument document(String id, Random random) {
    String language = random.nextInt(3) < 2 ? "en" : "de";
    List<Sentence> pool = byLanguage.get(language);
    int n = 4 + random.nextInt(9);
    StringBuilder text = new StringBuilder();
    Set<String> entities = new LinkedHashSet<>();
    Set<String> actors = new LinkedHashSet<>();
    Set<String> roots = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      Sentence s = pool.get(random.nextInt(pool.size()));
      if (i > 0) text.append(i % 3 == 0 ? "\n\n" : " ");
      text.append(s.text());
      entities.addAll(s.entities());
      actors.addAll(s.actors());
      roots.addAll(s.roots());
    }
    String title = firstWords(pool.get(random.nextInt(pool.size())).text(), 10);
    LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
    int precision = random.nextInt(20);
    String published = precision == 0 ? null : precision < 3 ? day.toString().substring(0, 7) : day.toString();
    String outlet = outlets.isEmpty() ? null : outlets.get(random.nextInt(outlets.size()));
    return new IndexedDocument(id, title, text.toString(), language, published, outlet, List.copyOf(entities),
        List.copyOf(actors), List.copyOf(roots), null);
  }

  private static String firstWords(String text, int words) {
    String[] w = text.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(words, w.length)));
  }

  private static String host(String url) {
    if (url == null) return null;
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
