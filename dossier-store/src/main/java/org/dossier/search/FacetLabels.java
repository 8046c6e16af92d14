package org.dossier.search;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.dossier.pack.Cameo;
import org.dossier.pack.Pack;

/** How facet values are shown: actors by their canonical names, event roots by the CAMEO codebook. */
final class FacetLabels {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private final Pack pack;

  FacetLabels(Pack pack) {
    this.pack = pack;
  }

  String label(String facet, String value) {
    return switch (facet) {
      case SearchFacets.ACTOR -> {
        String name = pack.nameOf(value);
        yield name == null ? value : name;
      }
      case SearchFacets.EVENT -> {
        String label = Cameo.label(value);
        yield label == null ? value : sentenceCase(label);
      }
      case SearchFacets.LANGUAGE -> {
        String name = Locale.forLanguageTag(value).getDisplayLanguage(Locale.ENGLISH);
        yield name.isEmpty() || value.equals("und") ? "undetermined" : name;
      }
      case SearchFacets.MONTH -> {
        try {
          yield YearMonth.parse(value).format(MONTH);
        } catch (DateTimeParseException e) {
          yield value;
        }
      }
      default -> value;
    };
  }

  /** The codebook writes root labels in capitals ("MAKE PUBLIC STATEMENT"). */
  private static String sentenceCase(String label) {
    if (!label.equals(label.toUpperCase(Locale.ROOT))) return label;
    String lower = label.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
