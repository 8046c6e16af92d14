package org.dossier.bench;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.dossier.model.Span;
import org.dossier.text.Segmenter;
import org.dossier.time.TemporalTagger;

/**
 * Documents per second, single-threaded, of Dossier's temporal tagger and of HeidelTime 2.1 standalone
 * (no part-of-speech tagger) on the same texts: TempEval-3 platinum in English (news, each document's
 * creation date) and WikiWarsDE in German (narratives, no document date).
 *
 * <p>Per language: start-up (constructing each tagger, then one short document); then for each tagger in
 * turn warm-up passes over the corpus (at least {@code --warmup}, at least 5 s) and timed passes (at least
 * {@code --passes}, at least {@code --min-seconds}). Dossier is timed from the text, as
 * HeidelTime is: sentence splitting (with tokenisation, which the segmenter always does) plus tagging; the
 * tagging share is shown on its own. HeidelTime's time includes its own tokenizer and sentence splitter and
 * its TimeML output.
 *
 * <pre>
 * java -cp 'dossier-bench/target/classes:dossier-bench/target/lib/*' org.dossier.bench.TemporalThroughput \
 *     [--lang en|de|both] [--warmup 1] [--passes 3] [--min-seconds 3] [--show 3]
 * </pre>
 */
public final class TemporalThroughput {
  private static final String USAGE =
      "usage: TemporalThroughput [--lang en|de|both] [--warmup N] [--passes N] [--min-seconds S] [--show N]";

  private TemporalThroughput() {}

  public static void main(String[] args) {
    String lang = "both";
    int warmup = 1;
    int passes = 3;
    int show = 3;
    int minSeconds = 3;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--lang" -> lang = require(value, args[i]);
        case "--warmup" -> warmup = Integer.parseInt(require(value, args[i]));
        case "--passes" -> passes = Integer.parseInt(require(value, args[i]));
        case "--show" -> show = Integer.parseInt(require(value, args[i]));
        case "--min-seconds" -> minSeconds = Integer.parseInt(require(value, args[i]));
        case "-h", "--help" -> {
          System.out.println(USAGE);
          return;
        }
        default -> {
          System.err.println(USAGE);
          System.exit(2);
        }
      }
      i++;
    }
    if (passes < 1 || warmup < 0 || minSeconds < 0) {
      System.err.println(USAGE);
      System.exit(2);
    }
    List<String> languages = switch (lang) {
      case "en" -> List.of("en");
      case "de" -> List.of("de");
      case "both" -> List.of("en", "de");
      default -> {
        System.err.println(USAGE);
        System.exit(2);
        yield List.of();
      }
    };

    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB, single-threaded%n",
        System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20);
    boolean ok = true;
    for (int k = 0; k < languages.size(); k++) {
      if (k > 0) {
        System.out.println("(start-up of this language runs in a warm JVM after the previous one: HeidelTime's"
            + " one-off resource scan and class loading are not in it; run --lang alone for a cold figure)");
      }
      ok &= run(languages.get(k), warmup, passes, minSeconds, show);
    }
    if (!ok) {
      System.exit(1);
    }
  }

  private static String require(String value, String option) {
    if (value == null) {
      System.err.println(option + " needs a value\n" + USAGE);
      System.exit(2);
    }
    return value;
  }

  private static boolean run(String language, int warmup, int passes, int minSeconds, int show) {
    List<Corpora.Text> docs = Corpora.texts(language);
    boolean allDated = docs.stream().allMatch(d -> d.documentDate() != null);
    DocumentType type = language.equals("en") && allDated ? DocumentType.NEWS : DocumentType.NARRATIVES;
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    String source = language.equals("en") ? "TempEval-3 platinum" : "WikiWarsDE";
    System.out.println();
    System.out.printf(Locale.ROOT, "== %s, %s, HeidelTime document type %s ==%n", language, source, type);
    System.out.println(Corpora.describe(language.equals("en") ? "te3" : "wikiwarsde", docs.size(), chars));

    String shortDoc = language.equals("en")
        ? "The talks in Moscow began on 9 October 2020 and lasted ten hours."
        : "Die Gespräche in Moskau begannen am 9. Oktober 2020 und dauerten zehn Stunden.";
    String shortDate = "2020-10-10";

    // Start-up.
    long t0 = System.nanoTime();
    Segmenter segmenter = new Segmenter();
    long t1 = System.nanoTime();
    TemporalTagger tagger = new TemporalTagger();
    long t2 = System.nanoTime();
    new Ours(segmenter, tagger, language).process(shortDoc, shortDate);
    long t3 = System.nanoTime();
    HeidelTimeTagger heidel = new HeidelTimeTagger(language, type);
    long t4 = System.nanoTime();
    String shortOut = heidel.process(shortDoc, type == DocumentType.NEWS ? shortDate : null);
    long t5 = System.nanoTime();
    System.out.println("start-up");
    System.out.printf(Locale.ROOT, "  dossier     construct %,.0f ms (segmenter %,.0f ms, tagger %,.0f ms), first short document %,.1f ms%n",
        ms(t2 - t0), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2));
    System.out.printf(Locale.ROOT, "  HeidelTime  construct %,.0f ms, first short document %,.1f ms%n",
        ms(t4 - t3), ms(t5 - t4));

    // Smoke check: HeidelTime must really tag.
    System.out.println("HeidelTime on the short document: " + HeidelTimeTagger.timexes(shortOut, show));
    Ours ours = new Ours(segmenter, tagger, language);
    String firstOut = heidel.process(docs.get(0).text(), docs.get(0).documentDate());
    System.out.println("HeidelTime on " + docs.get(0).name() + ", first TIMEX3s:");
    for (String t : HeidelTimeTagger.timexes(firstOut, show)) {
      System.out.println("  " + t);
    }

    // Each tagger on its own (first Dossier, then HeidelTime), so that neither pays for the other's garbage.
    Measured o = measure(() -> ours.pass(docs), warmup, passes, minSeconds);
    Measured h = measure(() -> heidelPass(heidel, docs), warmup, passes, minSeconds);
    if (warmup > 0) {
      System.out.printf(Locale.ROOT, "warm-up: dossier %d passes in %,.0f ms, HeidelTime %d pass%s in %,.0f ms%n",
          o.warmupPasses(), ms(o.warmupNanos()), h.warmupPasses(), h.warmupPasses() == 1 ? "" : "es",
          ms(h.warmupNanos()));
    }
    int n = docs.size();
    System.out.printf(Locale.ROOT, "timed (at least %d passes and %d s per tagger), %d documents per pass%n",
        passes, minSeconds, n);
    System.out.printf(Locale.ROOT, "  %-30s %7s %10s %10s %16s %14s%n",
        "", "passes", "docs/s", "ms/doc", "best pass docs/s", "timexes/pass");
    row("dossier (sentences + tagging)", n, o);
    long tagNanos = o.total().tagNanos();
    int oursDocs = n * o.passes();
    System.out.printf(Locale.ROOT, "  %-30s %7s %10s %10.3f%n", "  of which tagging", "",
        tagNanos > 0 ? String.format(Locale.ROOT, "%.1f", oursDocs / sec(tagNanos)) : "-", ms(tagNanos) / oursDocs);
    row("HeidelTime 2.1 (no POS)", n, h);
    System.out.printf(Locale.ROOT, "  speed ratio dossier / HeidelTime (docs/s): %.1fx%n", o.docsPerSecond(n) / h.docsPerSecond(n));
    if (h.timexes() == 0) {
      System.err.println("HeidelTime found no temporal expression in " + source + ": it did not run properly");
      return false;
    }
    return true;
  }

  /**
   * Warm-up: {@code warmup} passes, continued until 5 s have passed (none if {@code warmup} is 0). Then timed
   * passes: {@code passes}, continued until {@code minSeconds} have passed.
   */
  private static Measured measure(Supplier<Pass> pass, int warmup, int passes, int minSeconds) {
    int warmupPasses = 0;
    long warmupNanos = 0;
    while (warmupPasses < warmup || (warmup > 0 && warmupNanos < 5_000_000_000L)) {
      warmupNanos += pass.get().nanos();
      warmupPasses++;
    }
    System.gc();
    Pass total = Pass.ZERO;
    long best = Long.MAX_VALUE;
    long timexes = 0;
    int done = 0;
    while (done < passes || total.nanos() < minSeconds * 1_000_000_000L) {
      Pass p = pass.get();
      total = total.plus(p);
      best = Math.min(best, p.nanos());
      timexes = p.timexes();
      done++;
    }
    return new Measured(warmupPasses, warmupNanos, done, total, best, timexes);
  }

  private record Measured(int warmupPasses, long warmupNanos, int passes, Pass total, long best, long timexes) {
    double docsPerSecond(int docsPerPass) {
      return docsPerPass * passes / sec(total.nanos());
    }
  }

  private static void row(String name, int n, Measured m) {
    System.out.printf(Locale.ROOT, "  %-30s %7d %10.1f %10.3f %16.1f %14d%n", name, m.passes(), m.docsPerSecond(n),
        ms(m.total().nanos()) / (n * m.passes()), n / sec(m.best()), m.timexes());
  }

  private static Pass heidelPass(HeidelTimeTagger heidel, List<Corpora.Text> docs) {
    long timexes = 0;
    long start = System.nanoTime();
    for (Corpora.Text d : docs) {
      timexes += HeidelTimeTagger.count(heidel.process(d.text(), d.documentDate()));
    }
    long nanos = System.nanoTime() - start;
    return new Pass(nanos, nanos, timexes);
  }

  private record Pass(long nanos, long tagNanos, long timexes) {
    static final Pass ZERO = new Pass(0, 0, 0);

    Pass plus(Pass o) {
      return new Pass(nanos + o.nanos, tagNanos + o.tagNanos, timexes + o.timexes);
    }
  }

  /** Dossier from text to expressions: sentences, then tagging. */
  private record Ours(Segmenter segmenter, TemporalTagger tagger, String language) {
    int process(String text, String documentDate) {
      List<Span> sentences = segmenter.segment(text, language).sentences();
      return tagger.tag(text, sentences, language, documentDate).size();
    }

    Pass pass(List<Corpora.Text> docs) {
      long timexes = 0;
      long tagging = 0;
      long start = System.nanoTime();
      for (Corpora.Text d : docs) {
        List<Span> sentences = segmenter.segment(d.text(), language).sentences();
        long t = System.nanoTime();
        timexes += tagger.tag(d.text(), sentences, language, d.documentDate()).size();
        tagging += System.nanoTime() - t;
      }
      return new Pass(System.nanoTime() - start, tagging, timexes);
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static double sec(long nanos) {
    return nanos / 1e9;
  }
}
