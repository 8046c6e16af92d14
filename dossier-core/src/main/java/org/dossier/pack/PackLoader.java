package org.dossier.pack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.calendar.PartialDate;
import org.yaml.snakeyaml.Yaml;

/**
 * Loads and validates a pack from a folder or from the classpath ({@code packs/NAME/}). Every problem is
 * reported with its file and line, all at once, so a pack author can fix them in one pass.
 */
public final class PackLoader {
  private static final Set<String> ISO_ALPHA3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  private final String packName;
  private final Source source;
  private final List<String> problems = new ArrayList<>();

  private interface Source {
    InputStream open(String file) throws IOException;
  }

  private PackLoader(String packName, Source source) {
    this.packName = packName;
    this.source = source;
  }

  /** A pack from a folder path, or else by name from the packs shipped on the classpath. */
  public static Pack load(String nameOrPath) {
    Path dir = Path.of(nameOrPath);
    if (Files.isDirectory(dir)) {
      return fromDirectory(dir);
    }
    String base = "packs/" + nameOrPath + "/";
    ClassLoader cl = PackLoader.class.getClassLoader();
    if (cl.getResource(base + "pack.yaml") == null) {
      throw new PackException(nameOrPath, List.of("no pack folder " + dir.toAbsolutePath()
          + " and no built-in pack of that name"));
    }
    return new PackLoader(nameOrPath, file -> cl.getResourceAsStream(base + file)).read();
  }

  public static Pack fromDirectory(Path dir) {
    return new PackLoader(dir.toString(), file -> {
      Path p = dir.resolve(file);
      return Files.exists(p) ? Files.newInputStream(p) : null;
    }).read();
  }

  private Pack read() {
    Map<String, Object> meta = yaml("pack.yaml");
    String name = meta.get("name") instanceof String s ? s : packName;
    List<String> languages = strings(meta.get("languages"));
    Set<String> codes = new HashSet<>(strings(meta.get("codes")));
    for (String code : codes) {
      if (!code.matches("[A-Z]{2,5}")) problems.add("pack.yaml: code '" + code + "' must be 2 to 5 upper-case letters");
    }

    Map<String, Actor> actors = new LinkedHashMap<>();
    Map<String, Place> places = new LinkedHashMap<>();
    Map<String, String> idFirstSeen = new HashMap<>();

    for (Row row : table("actors.tsv", "id", "type", "name", "country")) {
      String id = row.get("id");
      if (!uniqueId(id, row, idFirstSeen)) continue;
      EntityType type = entityType(row);
      if (type == EntityType.LOCATION) {
        row.problem("LOCATION entities belong in places.tsv");
      }
      String country = country(row, "country", codes);
      if (type != null) actors.put(id, new Actor(id, type, required(row, "name"), country));
    }
    for (Row row : table("places.tsv", "id", "name", "country", "lat", "lon", "kind")) {
      String id = row.get("id");
      if (!uniqueId(id, row, idFirstSeen)) continue;
      double lat = number(row, "lat", -90, 90);
      double lon = number(row, "lon", -180, 180);
      places.put(id, new Place(id, required(row, "name"), country(row, "country", codes), lat, lon, row.get("kind")));
    }

    List<Alias> aliases = new ArrayList<>();
    for (Row row : table("aliases.tsv", "id", "lang", "alias")) {
      if (known(row, "id", actors, places) && language(row, languages)) {
        aliases.add(new Alias(row.get("id"), row.get("lang"), required(row, "alias")));
      }
    }

    List<Role> roles = new ArrayList<>();
    Map<String, List<Role>> byKey = new HashMap<>();
    for (Row row : table("roles.tsv", "person", "role", "of", "start", "end")) {
      boolean ok = known(row, "person", actors, Map.of()) & known(row, "of", actors, places);
      Actor person = actors.get(row.get("person"));
      if (person != null && person.type() != EntityType.PERSON) {
        row.problem("'" + row.get("person") + "' is a " + person.type() + ", roles are for persons");
        ok = false;
      }
      PartialDate[] period = period(row);
      if (!ok || period == null) continue;
      Role role = new Role(row.get("person"), required(row, "role"), row.get("of"), period[0], period[1]);
      String key = role.person() + "|" + role.role() + "|" + role.of();
      for (Role other : byKey.computeIfAbsent(key, k -> new ArrayList<>())) {
        if (overlap(role.start(), role.end(), other.start(), other.end())) {
          row.problem("overlaps another " + role.role() + " term of " + role.person() + " (" + span(other.start(), other.end()) + ")");
        }
      }
      byKey.get(key).add(role);
      roles.add(role);
    }

    List<RoleTitle> titles = new ArrayList<>();
    for (Row row : table("role_titles.tsv", "role", "lang", "title")) {
      if (language(row, languages)) {
        titles.add(new RoleTitle(required(row, "role"), row.get("lang"), required(row, "title").toLowerCase(Locale.ROOT)));
      }
    }
    List<Demonym> demonyms = new ArrayList<>();
    for (Row row : table("demonyms.tsv", "country", "lang", "adjective")) {
      if (known(row, "country", actors, places) && language(row, languages)) {
        demonyms.add(new Demonym(row.get("country"), row.get("lang"), required(row, "adjective")));
      }
    }
    List<Metonym> metonyms = new ArrayList<>();
    for (Row row : table("metonyms.tsv", "alias_of", "acts_for", "lang", "cue")) {
      boolean hasAlias = !row.get("alias_of").isEmpty();
      boolean hasCue = !row.get("cue").isEmpty();
      if (!hasAlias && !hasCue) {
        row.problem("give alias_of, cue or both");
        continue;
      }
      if ((!hasAlias || known(row, "alias_of", actors, places)) & known(row, "acts_for", actors, Map.of())
          & language(row, languages)) {
        metonyms.add(new Metonym(hasAlias ? row.get("alias_of") : null, row.get("acts_for"), row.get("lang"),
            hasCue ? row.get("cue") : null));
      }
    }

    List<Transliteration> transliterations = new ArrayList<>();
    for (Row row : optionalTable("transliteration.tsv", "from", "to")) {
      String from = required(row, "from");
      if (!from.equals(org.dossier.text.Fold.fold(from))) {
        row.problem("'" + from + "' must be folded: lower case, without diacritics");
      }
      transliterations.add(new Transliteration(from, row.get("to")));
    }
    List<Institution> institutions = new ArrayList<>();
    Map<String, String> institutionByKindCountry = new HashMap<>();
    for (Row row : optionalTable("institutions.tsv", "actor", "kind")) {
      if (!known(row, "actor", actors, Map.of())) continue;
      Actor actor = actors.get(row.get("actor"));
      String kind = required(row, "kind");
      if (actor.country() == null) {
        row.problem("'" + actor.id() + "' has no country, so it cannot be a country's " + kind);
        continue;
      }
      if (kind.equals(InstitutionNoun.ANY_MINISTRY)) {
        row.problem("kind '" + kind + "' is reserved for nouns that refer back to any ministry");
        continue;
      }
      String first = institutionByKindCountry.putIfAbsent(kind + "|" + actor.country(), actor.id());
      if (first != null) {
        row.problem("'" + first + "' is already the " + kind + " of " + actor.country());
        continue;
      }
      institutions.add(new Institution(actor.id(), kind));
    }
    Set<String> kinds = new HashSet<>();
    for (Institution i : institutions) kinds.add(i.kind());
    List<InstitutionNoun> nouns = new ArrayList<>();
    for (Row row : optionalTable("institution_nouns.tsv", "kind", "lang", "noun", "bare")) {
      String kind = row.get("kind");
      if (!kinds.contains(kind) && !kind.equals(InstitutionNoun.ANY_MINISTRY) && !kind.equals(InstitutionNoun.SEAT)) {
        row.problem("kind '" + kind + "' is not used in institutions.tsv");
        continue;
      }
      String bare = row.get("bare");
      if (!bare.equals("yes") && !bare.equals("no")) {
        row.problem("bare must be yes or no, found '" + bare + "'");
        continue;
      }
      if (language(row, languages)) {
        nouns.add(new InstitutionNoun(kind, row.get("lang"), required(row, "noun"), bare.equals("yes")));
      }
    }
    List<Collective> collectives = new ArrayList<>();
    for (Row row : optionalTable("collectives.tsv", "lang", "phrase", "size")) {
      int size = (int) number(row, "size", 2, 20);
      if (language(row, languages) && size >= 2) {
        collectives.add(new Collective(row.get("lang"), required(row, "phrase"), size));
      }
    }

    EventVocabulary events = events(languages);
    List<ChronologyEntry> chronology = new ArrayList<>();
    for (Row row : optionalTable("chronology.tsv", "date", "cameo", "actors", "place", "event")) {
      PartialDate date = date(row, "date", true);
      if (date != null && !date.first().equals(date.last())) row.problem("date '" + row.get("date") + "' must be a day");
      if (!Cameo.known(row.get("cameo"))) row.problem("unknown CAMEO code '" + row.get("cameo") + "'");
      Set<String> involved = new HashSet<>();
      for (String code : row.get("actors").split(",")) {
        code = code.strip();
        if (!ISO_ALPHA3.contains(code) && !codes.contains(code)) row.problem("unknown actor code '" + code + "'");
        involved.add(code);
      }
      Set<String> where = new HashSet<>();
      for (String place : row.get("place").split(",")) {
        place = place.strip();
        if (place.isEmpty()) continue;
        if (!places.containsKey(place)) row.problem("place '" + place + "' is not defined in places.tsv");
        where.add(place);
      }
      if (date != null) {
        chronology.add(new ChronologyEntry(date.first(), row.get("cameo"), involved, where, required(row, "event")));
      }
    }
    chronology.sort(java.util.Comparator.comparing(ChronologyEntry::date));

    List<Control> controls = new ArrayList<>();
    for (Row row : optionalTable("control.tsv", "place", "holder", "start", "end")) {
      boolean ok = known(row, "place", Map.of(), places) & known(row, "holder", actors, Map.of());
      PartialDate[] period = period(row);
      if (!ok || period == null) continue;
      Control control = new Control(row.get("place"), row.get("holder"), period[0], period[1]);
      for (Control other : controls) {
        // one holder per place and day, or whom a strike hit would depend on the order of the rows
        if (other.place().equals(control.place()) && overlap(control.start(), control.end(), other.start(), other.end())) {
          row.problem("overlaps another holding of " + control.place() + " (" + span(other.start(), other.end()) + ")");
        }
      }
      controls.add(control);
    }

    List<Hostility> hostilities = new ArrayList<>();
    for (Row row : optionalTable("adversaries.tsv", "side", "adversary", "start", "end")) {
      boolean ok = known(row, "side", actors, Map.of()) & known(row, "adversary", actors, Map.of());
      PartialDate[] period = period(row);
      if (!ok || period == null) continue;
      if (actors.get(row.get("side")).country().equals(actors.get(row.get("adversary")).country())) {
        row.problem("a side cannot be its own adversary (both " + actors.get(row.get("side")).country() + ")");
        continue;
      }
      hostilities.add(new Hostility(row.get("side"), row.get("adversary"), period[0], period[1]));
    }
    Set<String> adversaryRoots = new HashSet<>();
    if (meta.get("adversary_roots") != null && !(meta.get("adversary_roots") instanceof List)) {
      problems.add("pack.yaml: adversary_roots must be a list of quoted CAMEO roots, as [\"11\", \"19\"]");
    }
    for (String root : strings(meta.get("adversary_roots"))) {
      if (!root.matches("\\d{2}") || !Cameo.known(root)) {
        problems.add("pack.yaml: adversary_roots: '" + root + "' is not a CAMEO root (two digits in quotes, \"01\" to \"20\")");
      } else {
        adversaryRoots.add(root);
      }
    }
    Set<String> partyCodes = new HashSet<>();
    if (meta.get("party_codes") != null && !(meta.get("party_codes") instanceof List)) {
      problems.add("pack.yaml: party_codes must be a list of quoted CAMEO codes, as [\"107\", \"0256\"]");
    }
    for (String code : strings(meta.get("party_codes"))) {
      if (!Cameo.known(code)) {
        problems.add("pack.yaml: party_codes: '" + code + "' is not a CAMEO code (in quotes, as \"107\")");
      } else {
        partyCodes.add(code);
      }
    }

    if (!problems.isEmpty()) {
      throw new PackException(packName, problems);
    }
    return new Pack(name, languages, codes, actors, places, aliases, roles, titles, demonyms, metonyms,
        transliterations, institutions, nouns, collectives, events, chronology, controls, hostilities, adversaryRoots,
        partyCodes);
  }

  private static final Set<String> CONTROL_KINDS = Set.of("demand", "appeal", "intent", "agree", "sign", "reject", "threaten",
      "accuse", "begin", "attempt", "end", "hope");
  private static final Set<String> CUE_KINDS = Set.of("negation", "hypothetical", "planned", "conditional", "reported",
      "mediator", "agent", "target", "passive", "reciprocal", "fatality", "approximate", "at_least", "at_most",
      "locative", "pluperfect", "particle", "boundary", "word_order", "future", "genitive", "infinitive", "perfect_auxiliary", "unit",
      "perfect", "duration", "habitual", "asset", "counterpart", "coordination", "subjunctive", "setting", "fixed", "not_actor", "instrument", "until", "attribution",
      "anaphor", "pair", "likewise", "follow_suit", "hearsay", "definite", "first_person", "deadline", "this_year", "concessive", "since", "ongoing", "ongoing_perfect", "onset", "person_pronoun",
      "by_agreement", "origin", "destination", "deixis", "genitive_article", "genitive_article_shared", "light_verb", "complementizer", "possessive", "strong_verb", "recent", "purpose", "tells_of");
  /** What derivations may derive from: control words, and settings that change what an event is ("handover"). */
  private static final Set<String> DERIVATION_KINDS = union(CONTROL_KINDS, Set.of("handover"));
  private static final Set<String> TERM_FLAGS = Set.of("recip", "passive", "target-subject", "active", "dated", "subject-doer", "refuge", "self", "rebuts", "");

  /** The event lexicon, cues, control-word derivations and number words; all optional. */
  private EventVocabulary events(List<String> languages) {
    List<EventVocabulary.Term> terms = new ArrayList<>();
    for (Row row : optionalTable("event_lexicon.tsv", "lang", "lemma", "pos", "cameo", "frame")) {
      String cameo = required(row, "cameo");
      String pos = row.get("pos");
      if (!Set.of("V", "N", "A").contains(pos)) row.problem("pos '" + pos + "' must be V, N or A");
      if (cameo.startsWith("@") ? !CONTROL_KINDS.contains(cameo.substring(1)) : !cameo.equals("-") && !Cameo.known(cameo)) {
        row.problem("'" + cameo + "' is neither a CAMEO code nor one of @" + String.join(", @", new java.util.TreeSet<>(CONTROL_KINDS)));
      }
      for (String flag : row.get("frame").split(",")) {
        if (!TERM_FLAGS.contains(flag.strip())) row.problem("unknown frame flag '" + flag.strip() + "'");
      }
      String[] words = row.get("lemma").strip().split("\\s+");
      for (int w = 0; w < words.length; w++) {
        if (words[w].equals("*") && (w == 0 || w == words.length - 1 || words[w + 1].equals("*"))) {
          row.problem("a gap '*' in '" + row.get("lemma") + "' must stand between two words");
        }
      }
      if (language(row, languages)) {
        terms.add(new EventVocabulary.Term(row.get("lang"), required(row, "lemma").toLowerCase(Locale.ROOT), pos, cameo,
            row.get("frame")));
      }
    }
    List<EventVocabulary.Cue> cues = new ArrayList<>();
    for (Row row : optionalTable("event_cues.tsv", "lang", "kind", "cue")) {
      if (!CUE_KINDS.contains(row.get("kind"))) row.problem("unknown cue kind '" + row.get("kind") + "'");
      if (row.get("kind").equals("deixis") && row.get("cue").strip().split("\\s+").length != 1) {
        row.problem("deixis '" + row.get("cue") + "' must be one word");
      }
      if (row.get("kind").equals("strong_verb") && row.get("cue").strip().split("\\s+").length != 3) {
        row.problem("strong_verb '" + row.get("cue") + "' must be three words: infinitive, past stem, participle");
      }
      if (language(row, languages)) {
        cues.add(new EventVocabulary.Cue(row.get("lang"), row.get("kind"), required(row, "cue").toLowerCase(Locale.ROOT)));
      }
    }
    List<EventVocabulary.Derivation> derivations = new ArrayList<>();
    for (Row row : optionalTable("event_derivations.tsv", "control", "inner", "cameo")) {
      if (!DERIVATION_KINDS.contains(row.get("control"))) row.problem("unknown control kind '" + row.get("control") + "'");
      String inner = row.get("inner");
      if (!inner.equals("*") && !inner.matches("[0-9]{2,4}")) row.problem("inner '" + inner + "' must be * or a CAMEO code prefix");
      String cameo = row.get("cameo");
      if (!cameo.equals("=") && !Cameo.known(cameo)) row.problem("unknown CAMEO code '" + cameo + "'");
      derivations.add(new EventVocabulary.Derivation(row.get("control"), inner, cameo));
    }
    List<EventVocabulary.NumberWord> numbers = new ArrayList<>();
    for (Row row : optionalTable("event_numbers.tsv", "lang", "word", "value")) {
      long value = (long) number(row, "value", 0, 1e12);
      if (language(row, languages)) {
        numbers.add(new EventVocabulary.NumberWord(row.get("lang"), required(row, "word").toLowerCase(Locale.ROOT), value));
      }
    }
    return new EventVocabulary(terms, cues, derivations, numbers);
  }

  /** Terms overlap when each starts before the other ends; a hand-over day shared by two terms is fine. */
  /** Whether two periods (an end of null: still going on) share more than a day they meet on. */
  private static boolean overlap(PartialDate aStart, PartialDate aEnd, PartialDate bStart, PartialDate bEnd) {
    java.time.LocalDate aLast = aEnd == null ? java.time.LocalDate.MAX : aEnd.last();
    java.time.LocalDate bLast = bEnd == null ? java.time.LocalDate.MAX : bEnd.last();
    return aStart.first().isBefore(bLast) && bStart.first().isBefore(aLast);
  }

  private static String span(PartialDate start, PartialDate end) {
    return start + " to " + (end == null ? "now" : end);
  }

  /**
   * A row's {@code start} (required) and {@code end} (empty: still going on), or null when either is missing or
   * wrong, or the end comes before the start; the row's problems are reported.
   */
  private PartialDate[] period(Row row) {
    PartialDate start = date(row, "start", true);
    PartialDate end = date(row, "end", false);
    if (start != null && end != null && end.last().isBefore(start.first())) {
      row.problem("end " + end + " is before start " + start);
      return null;
    }
    return start == null ? null : new PartialDate[] {start, end};
  }

  private boolean uniqueId(String id, Row row, Map<String, String> seen) {
    if (id.isEmpty()) {
      row.problem("empty id");
      return false;
    }
    if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
      row.problem("id '" + id + "' must be lower-case letters, digits, '-' or '.'");
    }
    String first = seen.putIfAbsent(id, row.where());
    if (first != null) {
      row.problem("duplicate id '" + id + "' (first defined at " + first + ")");
      return false;
    }
    return true;
  }

  private EntityType entityType(Row row) {
    try {
      return EntityType.valueOf(row.get("type"));
    } catch (IllegalArgumentException e) {
      row.problem("unknown type '" + row.get("type") + "' (expected PERSON, COUNTRY, ORGANIZATION, LOCATION or GROUP)");
      return null;
    }
  }

  private String country(Row row, String column, Set<String> codes) {
    String code = row.get(column);
    if (code.isEmpty()) return null;
    if (!ISO_ALPHA3.contains(code) && !codes.contains(code)) {
      row.problem("unknown country code '" + code + "' (ISO 3166-1 alpha-3, or a code listed in pack.yaml)");
    }
    return code;
  }

  private boolean known(Row row, String column, Map<String, ?> a, Map<String, ?> b) {
    String id = row.get(column);
    if (a.containsKey(id) || b.containsKey(id)) return true;
    row.problem(column + " '" + id + "' is not defined in actors.tsv" + (b.isEmpty() ? "" : " or places.tsv"));
    return false;
  }

  private boolean language(Row row, List<String> languages) {
    String lang = row.get("lang");
    if (lang.equals("*") || languages.contains(lang)) return true;
    row.problem("language '" + lang + "' is not one of the pack's languages " + languages + " or *");
    return false;
  }

  private String required(Row row, String column) {
    String v = row.get(column);
    if (v.isEmpty()) row.problem("empty " + column);
    return v;
  }

  private double number(Row row, String column, double min, double max) {
    try {
      double v = Double.parseDouble(row.get(column));
      if (v < min || v > max) row.problem(column + " " + v + " is outside " + min + ".." + max);
      return v;
    } catch (NumberFormatException e) {
      row.problem(column + " '" + row.get(column) + "' is not a number");
      return Double.NaN;
    }
  }

  private PartialDate date(Row row, String column, boolean required) {
    String v = row.get(column);
    if (v.isEmpty()) {
      if (required) row.problem("empty " + column);
      return null;
    }
    PartialDate d = PartialDate.parse(v);
    if (d == null) row.problem(column + " '" + v + "' is not a valid YYYY, YYYY-MM or YYYY-MM-DD date");
    return d;
  }

  private Map<String, Object> yaml(String file) {
    try (InputStream in = source.open(file)) {
      if (in == null) {
        problems.add(file + ": missing");
        return Map.of();
      }
      Object doc = new Yaml().load(new InputStreamReader(in, StandardCharsets.UTF_8));
      if (doc instanceof Map<?, ?> map) {
        Map<String, Object> out = new HashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
      }
      problems.add(file + ": expected a mapping of name, description, languages, codes");
    } catch (IOException | RuntimeException e) {
      problems.add(file + ": " + e.getMessage());
    }
    return Map.of();
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) out.add(String.valueOf(o));
    }
    return out;
  }

  /** One data line of a TSV file, with its location for messages. */
  private final class Row {
    private final String file;
    private final int line;
    private final Map<String, String> values;

    Row(String file, int line, Map<String, String> values) {
      this.file = file;
      this.line = line;
      this.values = values;
    }

    String get(String column) {
      return values.getOrDefault(column, "");
    }

    String where() {
      return file + ":" + line;
    }

    void problem(String message) {
      problems.add(where() + ": " + message);
    }
  }

  /** A file a pack may leave out: absent means no rows. */
  private List<Row> optionalTable(String file, String... columns) {
    return table(file, false, columns);
  }

  private List<Row> table(String file, String... columns) {
    return table(file, true, columns);
  }

  private List<Row> table(String file, boolean required, String... columns) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = source.open(file)) {
      if (in == null) {
        if (required) problems.add(file + ": missing");
        return rows;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      String[] header = null;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = cells;
          if (!List.of(header).equals(List.of(columns))) {
            problems.add(file + ":" + number + ": header must be '" + String.join("\\t", columns) + "', found '"
                + line.replace("\t", "\\t") + "'");
            return rows;
          }
          continue;
        }
        if (cells.length != columns.length) {
          problems.add(file + ":" + number + ": expected " + columns.length + " tab-separated columns ("
              + String.join(", ", columns) + "), found " + cells.length);
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < columns.length; i++) values.put(columns[i], cells[i].strip());
        rows.add(new Row(file, number, values));
      }
    } catch (IOException e) {
      problems.add(file + ": " + e.getMessage());
    }
    return rows;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
