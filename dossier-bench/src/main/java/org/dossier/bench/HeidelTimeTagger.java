package org.dossier.bench;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HeidelTime 2.1 standalone (GPL-3.0; benchmark comparison only) without a part-of-speech tagger: its own
 * language-independent tokenizer and sentence splitter ({@link POSTagger#NO}), TimeML output.
 */
final class HeidelTimeTagger {
  private static final Pattern TIMEX = Pattern.compile("<TIMEX3\\b[^>]*>.*?</TIMEX3>", Pattern.DOTALL);

  /** HeidelTime logs every document at INFO on the console; that is not part of the work being measured. */
  private static final Logger STANDALONE_LOG = Logger.getLogger("HeidelTimeStandalone");

  private static Path config;

  private final HeidelTimeStandalone engine;
  private final DocumentType type;

  /**
   * @param language "en" or "de"
   * @param type     NEWS (relative expressions resolved against the document date) or NARRATIVES
   */
  HeidelTimeTagger(String language, DocumentType type) {
    STANDALONE_LOG.setLevel(Level.WARNING);
    Language lang = switch (language) {
      case "en" -> Language.ENGLISH;
      case "de" -> Language.GERMAN;
      default -> throw new IllegalArgumentException("no HeidelTime language for " + language);
    };
    this.type = type;
    this.engine = new HeidelTimeStandalone(lang, type, OutputType.TIMEML, configFile().toString(), POSTagger.NO);
  }

  /**
   * The document in TimeML with its TIMEX3 elements.
   *
   * @param documentDate a TIMEX3 date value ({@code 2013-03-22}), or null
   */
  String process(String text, String documentDate) {
    try {
      String out = engine.process(text, toDate(documentDate));
      if (out == null) {
        throw new IllegalStateException("HeidelTime gave no result (see the error above)");
      }
      return out;
    } catch (DocumentCreationTimeMissingException e) {
      throw new IllegalArgumentException(type + " documents need a document date", e);
    }
  }

  static int count(String timeml) {
    int n = 0;
    Matcher m = TIMEX.matcher(timeml);
    while (m.find()) {
      n++;
    }
    return n;
  }

  static List<String> timexes(String timeml, int max) {
    List<String> found = new ArrayList<>();
    Matcher m = TIMEX.matcher(timeml);
    while (found.size() < max && m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** HeidelTime formats the date in the default time zone, so the day is taken at midnight there. */
  private static Date toDate(String value) {
    if (value == null) {
      return null;
    }
    String[] parts = value.split("-");
    LocalDate day = LocalDate.of(Integer.parseInt(parts[0].substring(0, 4)),
        parts.length > 1 ? Integer.parseInt(parts[1].substring(0, 2)) : 1,
        parts.length > 2 ? Integer.parseInt(parts[2].substring(0, 2)) : 1);
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  /** HeidelTime reads its configuration from a file path; the module's copy is written to a temporary file. */
  private static synchronized Path configFile() {
    if (config == null) {
      try (InputStream in = HeidelTimeTagger.class.getResourceAsStream("/heideltime/config.props")) {
        if (in == null) {
          throw new IllegalStateException("heideltime/config.props missing from the classpath");
        }
        Path file = Files.createTempFile("heideltime-", ".props");
        file.toFile().deleteOnExit();
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        config = file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return config;
  }
}
