package org.dossier.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * PETRARCH's validation dictionaries (actors and agents, in PETRARCH's CAMEO dictionary formats) as a
 * Dossier pack, so the event coder can be run on the PETRARCH2 validation records.
 *
 * <p>Reading follows PETRARCH2's {@code PETRreader}: lines starting with {@code #} or {@code <!} and
 * {@code <!-- -->} comments are skipped, anything after {@code #} is dropped; {@code _} and blanks both
 * separate words. An actor entry is a phrase, optionally followed by codes in brackets; {@code +PHRASE}
 * lines are synonyms of the entry before them, {@code [CODE]} lines further codes. A code may carry a date
 * restriction: {@code [HOB <950601]} (before), {@code [HOBREB >990816]} (from), {@code [HOBGOV
 * 19950601-19990815]} (from, to); dates are YYYYMMDD or YYMMDD (YY up to 30 = 20YY). {@code ---} and
 * {@code +++} are "no code". An agent entry is {@code PHRASE {PLURAL} [~CODE]}; without braces the
 * plural is regular (Y → IES, S → SES, else +S), empty braces mean no plural; {@code !MARKER! = A, B}
 * defines substitutions for {@code !MARKER!} in later phrases.
 *
 * <p>Conversion (only the country level, the first three letters of a PETRARCH code, is kept; Dossier's
 * actor {@code country} is the code an event actor carries):
 * <ul>
 *   <li>an entry becomes one actor whose names are its phrase and synonyms (title case, a leading "The"
 *       dropped); its country is the first three letters of the code that holds at the record's date: the
 *       first restricted code whose restriction covers the date (ranges include both ends), else the
 *       first unrestricted one. The first entry with a three-letter code is a COUNTRY; later entries with
 *       the same three-letter code are PERSONs of that country (PETRARCH lists persons under their
 *       country's code: "ROMENDACIL [BRE]"); entries with longer codes ("ITHILEN MILITARY [ITHMIL]") are
 *       ORGANIZATIONs; entries without a code are uncoded PERSONs.</li>
 *   <li>a one-word phrase that reads as a nationality adjective (ends in -IAN, -ISH, -ESE, -ENCH or -I:
 *       "ERIADORIAN", "DANISH", "ISRAELI") becomes a demonym of the COUNTRY with its code, when there is
 *       one.</li>
 *   <li>each suffix agent ({@code [~GOV]}, {@code [~GOVFRM]}) becomes an institution noun of kind
 *       {@code gov}, {@code govfrm}, …, with its plural, {@code bare = yes} (the noun takes the country of
 *       the name before it: "Osgiliath soldiers", "the Calenardhon government"), and every country code
 *       gets one institution actor of each kind. Prefix agents ({@code [NGO~]}) put the agent before the
 *       country and have no Dossier equivalent: they are left out and listed in the notes.</li>
 *   <li>a code that is not three upper-case letters ("G77") leaves its actor uncoded; an entry with
 *       several codes separated by {@code /} keeps the first. Both are listed in the notes.</li>
 * </ul>
 */
final class PetrarchPack {
  private static final Set<String> ISO_ALPHA3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
  private static final Set<String> LOWER_WORDS = Set.of("of", "the", "and", "for", "de", "del", "von", "in");
  private static final List<String> DEMONYM_ENDINGS = List.of("IAN", "ISH", "ESE", "ENCH", "I");

  /** A date restriction of a code; both null: none. */
  record Restriction(LocalDate from, LocalDate before, LocalDate until) {
    static final Restriction NONE = new Restriction(null, null, null);

    boolean none() {
      return from == null && before == null && until == null;
    }

    boolean holds(LocalDate date) {
      if (before != null && !date.isBefore(before)) return false;
      if (from != null && date.isBefore(from)) return false;
      return until == null || !date.isAfter(until);
    }
  }

  /** One bracketed code of an actor entry. */
  record Code(String code, Restriction restriction) {}

  /** One actor entry: its phrase, synonyms and codes, in file order. */
  record Entry(String phrase, List<String> synonyms, List<Code> codes) {}

  /** One agent phrase (singular or plural form) and its agent code, {@code ~} removed. */
  record Agent(String phrase, String code) {}

  private final List<Entry> entries;
  private final List<Agent> agents;
  private final List<String> notes = new ArrayList<>();

  // Conversion, fixed for all dates: per entry its actor id and type ("" for a demonym), and demonyms.
  private final List<String> ids = new ArrayList<>();
  private final List<String> types = new ArrayList<>();
  private final List<String[]> demonyms = new ArrayList<>();
  private final Map<String, List<String>> names = new LinkedHashMap<>();
  private final Set<String> countries = new TreeSet<>();

  private PetrarchPack(List<Entry> entries, List<Agent> agents) {
    this.entries = entries;
    this.agents = agents;
    convert();
  }

  static PetrarchPack read(Path actors, Path agents) throws IOException {
    List<String> notes = new ArrayList<>();
    PetrarchPack pack = new PetrarchPack(
        parseActors(Files.readAllLines(actors, StandardCharsets.UTF_8)),
        parseAgents(Files.readAllLines(agents, StandardCharsets.UTF_8), notes));
    pack.notes.addAll(0, notes);
    return pack;
  }

  static PetrarchPack of(List<String> actorLines, List<String> agentLines) {
    List<String> notes = new ArrayList<>();
    PetrarchPack pack = new PetrarchPack(parseActors(actorLines), parseAgents(agentLines, notes));
    pack.notes.addAll(0, notes);
    return pack;
  }

  List<Entry> entries() {
    return entries;
  }

  /** What the conversion could not carry over. */
  List<String> notes() {
    return notes;
  }

  // ------------------------------------------------------------------------------------------------
  // Reading the dictionaries

  /** The content lines of a PETRARCH dictionary, comments removed. */
  static List<String> contentLines(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean inComment = false;
    for (String raw : lines) {
      String line = raw;
      if (inComment) {
        if (line.contains("-->")) inComment = false;
        continue;
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
      if (trimmed.startsWith("<!")) {
        if (!trimmed.contains("-->")) inComment = true;
        continue;
      }
      int open = line.indexOf("<!--");
      if (open >= 0) {
        int close = line.indexOf("-->", open);
        if (close < 0) {
          inComment = true;
          line = line.substring(0, open);
        } else {
          line = line.substring(0, open) + line.substring(close + 3);
        }
      }
      int hash = line.indexOf('#');
      if (hash >= 0) line = line.substring(0, hash);
      if (!line.isBlank()) out.add(line);
    }
    return out;
  }

  static List<Entry> parseActors(List<String> lines) {
    List<Entry> out = new ArrayList<>();
    String phrase = null;
    List<String> synonyms = new ArrayList<>();
    List<Code> codes = new ArrayList<>();
    for (String line : contentLines(lines)) {
      String s = line.strip();
      if (s.startsWith("[")) {
        if (phrase != null) codes.addAll(codes(s));
      } else if (s.startsWith("+")) {
        if (phrase != null) synonyms.add(words(s.substring(1)));
      } else {
        if (phrase != null) out.add(new Entry(phrase, List.copyOf(synonyms), List.copyOf(codes)));
        synonyms.clear();
        codes.clear();
        int bracket = s.indexOf('[');
        phrase = words(bracket < 0 ? s : s.substring(0, bracket));
        if (bracket >= 0) codes.addAll(codes(s.substring(bracket)));
      }
    }
    if (phrase != null) out.add(new Entry(phrase, List.copyOf(synonyms), List.copyOf(codes)));
    return out;
  }

  /** The bracketed codes of a line: "[HOB]", "[HOBGOV 19950601 - 19990815]", "[--- <950630] [DOL]". */
  private static List<Code> codes(String s) {
    List<Code> out = new ArrayList<>();
    int i = 0;
    while ((i = s.indexOf('[', i)) >= 0) {
      int close = s.indexOf(']', i);
      if (close < 0) close = s.length();
      String[] parts = s.substring(i + 1, close).strip().split("\\s+", 2);
      if (!parts[0].isEmpty()) {
        String when = parts.length > 1 ? parts[1].replaceAll("\\s+", "") : "";
        out.add(new Code(parts[0].toUpperCase(Locale.ROOT), restriction(when)));
      }
      i = close;
    }
    return out;
  }

  static Restriction restriction(String when) {
    if (when.isEmpty()) return Restriction.NONE;
    if (when.startsWith("<")) return new Restriction(null, date(when.substring(1)), null);
    if (when.startsWith(">")) return new Restriction(date(when.substring(1)), null, null);
    int dash = when.indexOf('-');
    if (dash > 0) return new Restriction(date(when.substring(0, dash)), null, date(when.substring(dash + 1)));
    return new Restriction(date(when), null, null);
  }

  /** YYYYMMDD, or YYMMDD with YY up to 30 read as 20YY, as PETRARCH does. */
  static LocalDate date(String s) {
    String d = s.strip();
    if (d.length() == 6) {
      int yy = Integer.parseInt(d.substring(0, 2));
      d = (yy <= 30 ? "20" : "19") + d;
    }
    return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
        Integer.parseInt(d.substring(6, 8)));
  }

  /** A phrase with {@code _} and runs of blanks as single blanks. */
  private static String words(String s) {
    return s.replace('_', ' ').strip().replaceAll("\\s+", " ");
  }

  static List<Agent> parseAgents(List<String> lines, List<String> notes) {
    List<Agent> out = new ArrayList<>();
    Map<String, List<String>> markers = new LinkedHashMap<>();
    for (String line : contentLines(lines)) {
      int bang = line.indexOf('!');
      if (bang >= 0 && line.indexOf('!', bang + 1) > 0 && line.contains("=") && !line.contains("[")) {
        String marker = line.substring(bang + 1, line.indexOf('!', bang + 1));
        List<String> items = new ArrayList<>();
        for (String item : line.substring(line.indexOf('=') + 1).split(",")) items.add(item.strip());
        markers.put(marker, items);
        continue;
      }
      int open = line.indexOf('[');
      if (open < 0) continue;
      String code = line.substring(open + 1, line.indexOf(']', open) < 0 ? line.length() : line.indexOf(']', open))
          .replaceAll("\\s+", "");
      String phrase = line.substring(0, open).strip();
      if (!code.startsWith("~")) {
        notes.add("agent " + phrase + " [" + code + "]: the agent code goes before the actor's; not converted");
        continue;
      }
      code = code.substring(1);
      int m = phrase.indexOf('!');
      if (m >= 0 && phrase.indexOf('!', m + 1) > 0) {
        String marker = phrase.substring(m + 1, phrase.indexOf('!', m + 1));
        List<String> items = markers.get(marker);
        if (items == null) {
          notes.add("agent " + phrase + ": substitution marker !" + marker + "! not defined; skipped");
          continue;
        }
        for (String item : items) {
          String rest = phrase.substring(phrase.indexOf('!', m + 1) + 1);
          out.add(new Agent(words(phrase.substring(0, m) + item + rest), code));
        }
        continue;
      }
      String singular;
      String plural;
      int brace = phrase.indexOf('{');
      if (brace >= 0) {
        singular = phrase.substring(0, brace).strip();
        int close = phrase.indexOf('}', brace);
        plural = phrase.substring(brace + 1, close < 0 ? phrase.length() : close).strip();
      } else {
        singular = phrase;
        plural = singular.endsWith("Y") ? singular.substring(0, singular.length() - 1) + "IES"
            : singular.endsWith("S") ? singular + "ES" : singular + "S";
      }
      out.add(new Agent(words(singular), code));
      if (!plural.isEmpty()) out.add(new Agent(words(plural), code));
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------
  // Conversion

  /** The country (first three letters) of a PETRARCH code, or null for no code. */
  static String country(String code) {
    if (code == null) return null;
    String first = code.split("/")[0];
    if (first.startsWith("-") || first.startsWith("+") || first.startsWith("#") || first.length() < 3) return null;
    String c = first.substring(0, 3).toUpperCase(Locale.ROOT);
    return c.matches("[A-Z]{3}") ? c : null;
  }

  /** The code of an entry at a date: a restricted code that holds, else the first unrestricted one. */
  static String codeAt(Entry e, LocalDate date) {
    if (date != null) {
      for (Code c : e.codes()) {
        if (!c.restriction().none() && c.restriction().holds(date)) return c.code();
      }
    }
    for (Code c : e.codes()) {
      if (c.restriction().none()) return c.code();
    }
    return date == null && !e.codes().isEmpty() ? e.codes().get(0).code() : null;
  }

  /** The first code of an entry that names a country, whatever its dates: it decides the actor's type. */
  private static String primary(Entry e) {
    for (Code c : e.codes()) {
      if (country(c.code()) != null) return c.code().split("/")[0];
    }
    return null;
  }

  static boolean demonymForm(String phrase) {
    if (phrase.contains(" ")) return false;
    String p = phrase.toUpperCase(Locale.ROOT);
    for (String end : DEMONYM_ENDINGS) {
      if (p.endsWith(end) && p.length() >= end.length() + 2) return true;
    }
    return false;
  }

  private void convert() {
    Map<String, String> countryActor = new LinkedHashMap<>();
    Set<String> usedIds = new LinkedHashSet<>();
    // First the entries that are not nationality adjectives, so an adjective finds its country wherever it is listed.
    String[] id = new String[entries.size()];
    String[] type = new String[entries.size()];
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        boolean adjective = demonymForm(e.phrase());
        if ((pass == 0) == adjective) continue;
        String code = primary(e);
        String country = country(code);
        if (adjective && country != null && countryActor.containsKey(country)) {
          id[i] = "";
          type[i] = "";
          demonyms.add(new String[] {countryActor.get(country), title(e.phrase())});
          continue;
        }
        if (country == null) type[i] = "PERSON";
        else if (code.length() > 3) type[i] = "ORGANIZATION";
        else if (countryActor.containsKey(country)) type[i] = "PERSON";
        else type[i] = "COUNTRY";
        id[i] = uniqueId(slug(title(e.phrase())), usedIds);
        if (type[i].equals("COUNTRY")) countryActor.put(country, id[i]);
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      ids.add(id[i]);
      types.add(type[i]);
      for (Code c : e.codes()) {
        String country = country(c.code());
        if (country != null) countries.add(country);
        else if (!c.code().matches("[-+#]+")) {
          notes.add("actor " + e.phrase() + " [" + c.code() + "]: not a three-letter code; left uncoded");
        }
        if (c.code().contains("/")) {
          notes.add("actor " + e.phrase() + " [" + c.code() + "]: several codes; the first is kept");
        }
      }
      if (id[i].isEmpty()) continue;
      List<String> list = new ArrayList<>();
      list.add(title(e.phrase()));
      for (String syn : e.synonyms()) {
        String country = country(primary(e));
        if (demonymForm(syn) && country != null && countryActor.containsKey(country)) {
          demonyms.add(new String[] {countryActor.get(country), title(syn)});
        } else {
          list.add(title(syn));
        }
      }
      names.put(id[i], list);
    }
  }

  /** Upper-case dictionary words as a name: "CARAS GALADHON" → "Caras Galadhon", "U.S." kept, "The" dropped. */
  static String title(String phrase) {
    String[] words = phrase.split(" ");
    StringBuilder out = new StringBuilder();
    int first = words.length > 1 && words[0].equalsIgnoreCase("the") ? 1 : 0;
    for (int i = first; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) continue;
      String lower = w.toLowerCase(Locale.ROOT);
      String t;
      if (w.contains(".")) t = w;
      else if (i > first && LOWER_WORDS.contains(lower)) t = lower;
      else t = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
      if (out.length() > 0) out.append(' ');
      out.append(t);
    }
    return out.toString();
  }

  private static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "actor" : s;
  }

  private static String uniqueId(String base, Set<String> used) {
    String id = base;
    for (int n = 2; !used.add(id); n++) id = base + "-" + n;
    return id;
  }

  /**
   * A key that is equal for two dates exactly when every actor has the same country at both: records
   * whose dates share a key can share one pack.
   */
  String variant(LocalDate date) {
    StringBuilder key = new StringBuilder();
    for (Entry e : entries) {
      boolean restricted = e.codes().stream().anyMatch(c -> !c.restriction().none());
      if (restricted) key.append(country(codeAt(e, date))).append(',');
    }
    return key.toString();
  }

  /** Writes the pack for records of that date (null: unknown) into {@code dir}. */
  void write(Path dir, LocalDate date) throws IOException {
    Files.createDirectories(dir);
    List<String> nonIso = new ArrayList<>();
    for (String c : countries) if (!ISO_ALPHA3.contains(c)) nonIso.add("\"" + c + "\"");
    Files.writeString(dir.resolve("pack.yaml"), "name: petrarch2-validation\n"
        + "description: PETRARCH2 validation dictionaries (fictional actors), converted for evaluation\n"
        + "languages: [en, de]\n"
        + "codes: [" + String.join(", ", nonIso) + "]\n", StandardCharsets.UTF_8);
    try (BufferedWriter actors = writer(dir, "actors.tsv", "id\ttype\tname\tcountry");
         BufferedWriter aliases = writer(dir, "aliases.tsv", "id\tlang\talias")) {
      for (int i = 0; i < entries.size(); i++) {
        String id = ids.get(i);
        if (id.isEmpty()) continue;
        String country = country(codeAt(entries.get(i), date));
        List<String> list = names.get(id);
        actors.write(id + "\t" + types.get(i) + "\t" + list.get(0) + "\t" + (country == null ? "" : country) + "\n");
        for (String name : list) aliases.write(id + "\t*\t" + name + "\n");
      }
      Set<String> kinds = new TreeSet<>();
      for (Agent a : agents) kinds.add(kind(a.code()));
      for (String c : countries) {
        for (String kind : kinds) {
          String name = c + " " + kind.toUpperCase(Locale.ROOT);
          actors.write(institutionId(c, kind) + "\tORGANIZATION\t" + name + "\t" + c + "\n");
        }
      }
    }
    try (BufferedWriter w = writer(dir, "demonyms.tsv", "country\tlang\tadjective")) {
      for (String[] d : demonyms) w.write(d[0] + "\ten\t" + d[1] + "\n");
    }
    try (BufferedWriter institutions = writer(dir, "institutions.tsv", "actor\tkind");
         BufferedWriter nouns = writer(dir, "institution_nouns.tsv", "kind\tlang\tnoun\tbare")) {
      Set<String> kinds = new TreeSet<>();
      Set<String> seen = new LinkedHashSet<>();
      for (Agent a : agents) {
        String kind = kind(a.code());
        kinds.add(kind);
        String noun = a.phrase().toLowerCase(Locale.ROOT);
        if (seen.add(kind + "\t" + noun)) nouns.write(kind + "\ten\t" + noun + "\tyes\n");
      }
      for (String c : countries) {
        for (String kind : kinds) institutions.write(institutionId(c, kind) + "\t" + kind + "\n");
      }
    }
    writer(dir, "places.tsv", "id\tname\tcountry\tlat\tlon\tkind").close();
    writer(dir, "roles.tsv", "person\trole\tof\tstart\tend").close();
    writer(dir, "role_titles.tsv", "role\tlang\ttitle").close();
    writer(dir, "metonyms.tsv", "alias_of\tacts_for\tlang\tcue").close();
  }

  /** The institution kind of an agent code: "GOVFRM" → "govfrm". */
  static String kind(String code) {
    return code.toLowerCase(Locale.ROOT);
  }

  private static String institutionId(String country, String kind) {
    return country.toLowerCase(Locale.ROOT) + "." + kind;
  }

  private static BufferedWriter writer(Path dir, String file, String header) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
    w.write(header);
    w.write('\n');
    return w;
  }
}
