package org.dossier.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.clean.Cleaned;
import org.dossier.clean.Cleaner;
import org.dossier.model.RawDocument;
import org.dossier.text.LanguageIdentifier;
import org.dossier.text.Segmentation;
import org.dossier.text.Segmenter;

/**
 * A document with the output of the stages before the one measured, so each stage is timed on the input
 * the pipeline would give it.
 */
record Prepared(RawDocument raw, Cleaned cleaned, String language, Segmentation segments) {

  static List<Prepared> of(String corpus) {
    List<RawDocument> raws = Corpora.raw(corpus);
    Cleaner cleaner = new Cleaner();
    LanguageIdentifier languages = new LanguageIdentifier(Set.of());
    Segmenter segmenter = new Segmenter();
    List<Prepared> prepared = new ArrayList<>();
    long chars = 0;
    for (RawDocument raw : raws) {
      Cleaned cleaned = cleaner.clean(raw);
      String language = languages.identify(cleaned.text());
      prepared.add(new Prepared(raw, cleaned, language, segmenter.segment(cleaned.text(), language)));
      chars += raw.content().length();
    }
    System.out.println("\n" + Corpora.describe(corpus, prepared.size(), chars) + ", languages "
        + prepared.stream().map(Prepared::language).distinct().sorted().toList());
    return prepared;
  }
}
