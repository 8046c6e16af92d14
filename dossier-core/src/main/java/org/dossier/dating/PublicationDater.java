package org.dossier.dating;

import org.dossier.calendar.DateParser;
import org.dossier.calendar.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.clean.Cleaned;
import org.dossier.clean.DateClue;
import org.dossier.model.PublishedDate;
import org.dossier.model.PublishedDate.Origin;
import org.dossier.model.RawDocument;

/**
 * Decides when a document was published. Candidates come from metadata, the page's own dateline, the
 * URL and the file header, in that order of trust; the more precise of two agreeing candidates wins.
 * Every candidate is checked against the content — the offices the text gives people, the date the page
 * was crawled or updated — and one the content contradicts is refused, with the reason in
 * {@code conflict}. Dates in teasers never reach here: the cleaner does not report them.
 */
public final class PublicationDater {
  private record Candidate(PartialDate date, Origin origin, String evidence) {}

  private final DateParser parser = DateParser.get();

  /**
   * @param tenure the window the text's offices allow, or null when it names no one in office
   * @param today  the day of the run: nothing is published later
   */
  public PublishedDate date(RawDocument raw, Cleaned cleaned, TenureWindow tenure, LocalDate today) {
    List<Candidate> candidates = new ArrayList<>();
    LocalDate latest = today;
    DateClue yearless = null;
    for (DateClue clue : cleaned.dates()) {
      switch (clue.source()) {
        case METADATA -> candidates.add(new Candidate(clue.date(), Origin.METADATA, clue.evidence()));
        case DATELINE -> candidates.add(new Candidate(clue.date(), Origin.TEXT, clue.evidence()));
        case YEARLESS_DATELINE -> yearless = yearless == null ? clue : yearless;
        case UPDATED -> latest = min(latest, clue.date().last());
      }
    }
    if (raw.crawled() != null) {
      PartialDate crawled = parser.parseValue(raw.crawled());
      if (crawled != null) latest = min(latest, crawled.last());
    }
    String url = cleaned.url() != null ? cleaned.url() : raw.url();
    DateParser.Found inUrl = parser.parseUrl(url);
    if (inUrl != null) {
      candidates.add(new Candidate(inUrl.date(), Origin.URL, url));
    }
    if (raw.headerDate() != null) {
      PartialDate header = parser.parseValue(raw.headerDate().replaceFirst("(?i)^\\s*date\\s*:?\\s*", ""));
      if (header != null) candidates.add(new Candidate(header, Origin.HEADER, raw.headerDate()));
    }

    List<String> conflicts = new ArrayList<>();
    Candidate chosen = null;
    for (Candidate c : candidates) {
      String problem = contradiction(c, tenure, latest);
      if (problem != null) {
        conflicts.add(problem);
      } else if (chosen == null) {
        chosen = c;
      } else if (c.date().precision() > chosen.date().precision() && c.date().compatible(chosen.date())) {
        chosen = c;
      }
    }
    String conflict = conflicts.isEmpty() ? null : String.join("; ", conflicts);
    if (chosen == null) {
      // a year-less dateline is kept as the evidence for dating from the content
      String evidence = yearless != null ? yearless.evidence() : candidates.isEmpty() ? null : candidates.get(0).evidence();
      return new PublishedDate(null, Origin.NONE, evidence, conflict);
    }
    if (yearless != null && chosen.date().precision() < 3) {
      // "Baku, 7. Oktober, AZERTAC" on a page dated October 2022: the dateline gives the day, the page the year
      PartialDate year = chosen.date();
      PartialDate day = PartialDate.of(year.year(), yearless.day().getMonthValue(), yearless.day().getDayOfMonth());
      if (day != null && year.compatible(day)) {
        Candidate combined = new Candidate(day, Origin.TEXT, yearless.evidence() + " (year from " + chosen.origin().label()
            + " " + chosen.date().value() + ")");
        if (contradiction(combined, tenure, latest) == null) chosen = combined;
      }
    }
    return new PublishedDate(chosen.date().value(), chosen.origin(), chosen.evidence(), conflict);
  }

  private static String contradiction(Candidate c, TenureWindow tenure, LocalDate latest) {
    String says = c.origin().label() + " says " + c.date().value() + " (\"" + c.evidence() + "\")";
    if (c.date().first().isAfter(latest)) {
      return says + ", later than the page was crawled, updated or this run";
    }
    if (tenure != null && !tenure.admits(c.date())) {
      return says + ", but the content contradicts it: " + tenure.describe();
    }
    return null;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
