package org.dossier.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.entities.Mention.Via;
import org.dossier.entities.NameTrie.Entry;
import org.dossier.entities.NameTrie.Kind;
import org.dossier.model.Span;
import org.dossier.pack.Actor;
import org.dossier.pack.Alias;
import org.dossier.pack.Collective;
import org.dossier.pack.Demonym;
import org.dossier.pack.EntityType;
import org.dossier.pack.Institution;
import org.dossier.pack.InstitutionNoun;
import org.dossier.pack.Metonym;
import org.dossier.pack.Pack;
import org.dossier.pack.Place;
import org.dossier.pack.Role;
import org.dossier.pack.RoleTitle;

/**
 * Finds the pack's actors and places in a text and links each mention to its entity: names and their
 * transliterations and inflections ({@link NameKeys}), surnames resolved to the person named in full or
 * by office and date, phrases that stand for an actor, generic institution nouns given a country by
 * their context, group nouns for the conflict's parties, and people the pack does not know whom an office
 * title introduces. Nationality adjectives are reported apart: they qualify, they do not mention.
 *
 * <p>Built once per pack (immutable, thread-safe); matching is one pass over the text's word pieces with
 * one trie step per piece, so its cost grows with the text, not with the pack.
 */
public final class EntityRecognizer {
  private static final int MAX_UNLISTED_PIECES = 4;
  /** How many mentions back a bare institution noun looks for its country (bounds one long sentence). */
  private static final int MAX_CONTEXT_LOOKBACK = 40;
  private static final int MIN_COMPOUND_HEAD = 4;
  private static final int MIN_COMPOUND_TAIL = 4;
  private static final NameGrammar GRAMMAR = NameGrammar.load();
  /** Marks an institution noun that needs a qualifier ("die armenischen Truppen", not "die Truppen"). */
  private static final String NOT_BARE = "!";
  /** Joins the entity a metonym phrase names and the actor it acts for, in the phrase trie. */
  private static final String CUE_ACTS_FOR = "\t";

  private final Pack pack;
  private final NameKeys keys;
  private final Map<String, NameTrie> tries = new HashMap<>();
  /** Per language: the long one-word person names a misspelt word may stand for. */
  private final Map<String, Misspellings> misspellings = new HashMap<>();
  /** Per language: folded names of countries and places that open German compounds ("Kaukasusregion"). */
  private final Map<String, CompoundHeads> compoundHeads = new HashMap<>();
  private final Map<String, String> actsFor = new HashMap<>();
  private final Map<String, String> institutionByKindCountry = new HashMap<>();
  private final Map<String, String> kindOfInstitution = new HashMap<>();
  private final ProperNouns properNouns;
  /**
   * Candidate keys per word, kept across documents (most words of a corpus recur) and per thread (no
   * contention, small enough to stay in cache); a pure function of the word, so sharing is safe.
   */
  private final ThreadLocal<Map<String, String[]>> germanKeys = ThreadLocal.withInitial(HashMap::new);
  private final ThreadLocal<Map<String, String[]>> plainKeys = ThreadLocal.withInitial(HashMap::new);
  private static final int MAX_CACHED_WORDS = 100_000;

  /** Hashed first key chars of every name, and first two chars of every compound head: most words start none. */
  private final java.util.BitSet startPrefixes = new java.util.BitSet(PREFIX_HASH);
  private final java.util.BitSet compoundPrefixes = new java.util.BitSet(PREFIX_HASH);
  private static final int PREFIX_HASH = 1 << 20;

  /** Folded first words of the names that may start in lower case ("foreign ministry", "beide Seiten"). */
  private final Set<String> lowerCaseStarts = new HashSet<>();
  /** Per language, the one-word verbs of saying of the pack's event cues ("said", "sagte"). */
  private final Map<String, Set<String>> sayings = new HashMap<>();
  /** Hashed {@link #lowerCaseStarts}: most lower-case words of a text are ruled out without a string. */
  private final java.util.BitSet lowerCaseStartHashes = new java.util.BitSet(PREFIX_HASH);

  public EntityRecognizer(Pack pack) {
    this(pack, new ProperNouns());
  }

  EntityRecognizer(Pack pack, ProperNouns properNouns) {
    this.pack = pack;
    this.properNouns = properNouns;
    this.keys = new NameKeys(pack.transliterations());
    for (Metonym m : pack.metonyms()) {
      if (m.aliasOf() != null && m.cue() == null) actsFor.put(m.aliasOf(), m.actsFor());
    }
    for (org.dossier.pack.EventVocabulary.Cue c : pack.events().cues()) {
      if (c.kind().equals("reported") && !c.cue().contains(" ")) {
        sayings.computeIfAbsent(c.lang(), k -> new HashSet<>()).add(c.cue().toLowerCase(Locale.ROOT));
      }
    }
    for (Institution i : pack.institutions()) {
      Actor a = pack.actors().get(i.actor());
      institutionByKindCountry.put(i.kind() + "|" + a.country(), a.id());
      kindOfInstitution.put(a.id(), i.kind());
    }
    List<String> languages = new ArrayList<>(pack.languages());
    for (String lang : languages) {
      tries.put(lang, build(Set.of(lang, "*")));
      misspellings.put(lang, new Misspellings(personWords(Set.of(lang, "*"))));
      compoundHeads.put(lang, new CompoundHeads(heads(Set.of(lang, "*"))));
    }
    Set<String> all = new HashSet<>(languages);
    all.add("*");
    tries.put("*", build(all));
    misspellings.put("*", new Misspellings(personWords(all)));
    Map<String, String> allHeads = heads(all);
    compoundHeads.put("*", new CompoundHeads(allHeads));
    for (NameTrie t : tries.values()) {
      for (String key : t.firstKeys()) {
        startPrefixes.set(prefixHash(NameKeys.prefixOfKey(key)));
      }
    }
    // every language's heads are among all languages' heads
    for (String head : allHeads.keySet()) compoundPrefixes.set(prefixHash(head.charAt(0) << 16 | head.charAt(1)));
    for (String word : lowerCaseStarts) lowerCaseStartHashes.set(prefixHash(foldedHash(word, 0, word.length())));
  }

  // ------------------------------------------------------------------------------------------------
  // Building the trie

  /** Every name of every actor and place in these languages, by id: the canonical name, then the aliases. */
  private Map<String, List<String>> namesOf(Set<String> languages) {
    Map<String, List<String>> namesOf = new LinkedHashMap<>();
    for (Actor a : pack.actors().values()) namesOf.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a.name());
    for (Place p : pack.places().values()) namesOf.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p.name());
    for (Alias al : pack.aliases()) {
      if (languages.contains(al.lang())) namesOf.computeIfAbsent(al.id(), k -> new ArrayList<>()).add(al.text());
    }
    return namesOf;
  }

  private NameTrie build(Set<String> languages) {
    NameTrie trie = new NameTrie();
    Map<String, List<String>> namesOf = namesOf(languages);
    Set<String> fullNameKeys = new HashSet<>();
    namesOf.forEach((id, names) -> {
      for (String name : names) {
        add(trie, name, Kind.NAME, id);
        if (name.indexOf('-') > 0) add(trie, joinHyphens(name), Kind.NAME, id);
        fullNameKeys.add(id + "|" + String.join(" ", edges(name)));
      }
    });
    namesOf.forEach((id, names) -> {
      Actor a = pack.actors().get(id);
      if (a == null || a.type() != EntityType.PERSON) return;
      for (String name : names) {
        for (String surname : surnames(name)) {
          if (!fullNameKeys.contains(id + "|" + String.join(" ", edges(surname)))) add(trie, surname, Kind.SURNAME, id);
        }
      }
    });
    for (Metonym m : pack.metonyms()) {
      if (m.cue() != null && languages.contains(m.lang())) {
        add(trie, m.cue(), Kind.CUE, m.aliasOf() == null ? m.actsFor() : m.aliasOf() + CUE_ACTS_FOR + m.actsFor());
      }
    }
    for (InstitutionNoun n : pack.institutionNouns()) {
      if (languages.contains(n.lang())) {
        add(trie, n.noun(), Kind.INSTITUTION, n.kind() + (n.bare() ? "" : NOT_BARE));
      }
    }
    for (Collective c : pack.collectives()) {
      if (languages.contains(c.lang())) add(trie, c.phrase(), Kind.COLLECTIVE, Integer.toString(c.size()));
    }
    for (Demonym d : pack.demonyms()) {
      if (languages.contains(d.lang())) add(trie, d.adjective(), Kind.DEMONYM, d.country());
    }
    for (RoleTitle t : pack.roleTitles()) {
      if (languages.contains(t.lang())) add(trie, t.title(), Kind.TITLE, t.role());
    }
    return trie;
  }

  /** The keys of the one-word names and surnames of persons in these languages. */
  private Set<String> personWords(Set<String> languages) {
    Set<String> words = new HashSet<>();
    java.util.function.Consumer<String> one = name -> {
      NamePieces p = NamePieces.of(name);
      if (p.size == 1 && p.upperFirst(0) && !p.allCaps(0)) words.add(keys.key(p.piece(0)));
    };
    namesOf(languages).forEach((id, names) -> {
      Actor a = pack.actors().get(id);
      if (a == null || a.type() != EntityType.PERSON) return;
      for (String name : names) {
        one.accept(name);
        surnames(name).forEach(one);
      }
    });
    return words;
  }

  /**
   * The surnames a person's full name gives: all but the first word, and the last word ("Recep Tayyip Erdoğan" →
   * "Tayyip Erdoğan", "Erdoğan"), each when capitalised and not an acronym.
   */
  private List<String> surnames(String name) {
    String[] parts = name.trim().split("\\s+");
    if (parts.length < 2) return List.of();
    String rest = String.join(" ", java.util.Arrays.copyOfRange(parts, 1, parts.length));
    List<String> out = new ArrayList<>(2);
    for (String surname : List.of(rest, parts[parts.length - 1])) {
      if (keys.key(surname).length() >= 3 && Character.isUpperCase(surname.charAt(0))
          && !surname.equals(surname.toUpperCase(Locale.ROOT)) && !out.contains(surname)) {
        out.add(surname);
      }
    }
    return out;
  }

  /** One-word names of countries and places, folded, that a German compound may start with. */
  private Map<String, String> heads(Set<String> languages) {
    Map<String, String> out = new HashMap<>();
    Map<String, List<String>> namesOf = new LinkedHashMap<>();
    for (Actor a : pack.actors().values()) {
      if (a.type() == EntityType.COUNTRY) namesOf.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a.name());
    }
    for (Place p : pack.places().values()) namesOf.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p.name());
    for (Alias al : pack.aliases()) {
      if (namesOf.containsKey(al.id()) && languages.contains(al.lang())) namesOf.get(al.id()).add(al.text());
    }
    namesOf.forEach((id, names) -> {
      for (String name : names) {
        if (name.length() >= MIN_COMPOUND_HEAD && name.chars().allMatch(Character::isLetter)
            && Character.isUpperCase(name.charAt(0))) {
          out.putIfAbsent(org.dossier.text.Fold.fold(name), id);
        }
      }
    });
    return out;
  }

  private void add(NameTrie trie, String name, Kind kind, String target) {
    NamePieces p = NamePieces.of(name);
    if (p.size == 0) return;
    if (!p.upperFirst(0) || !p.allCaps(0) && kind != Kind.NAME && kind != Kind.SURNAME) {
      lowerCaseStarts.add(org.dossier.text.Fold.fold(p.piece(0)));
    }
    List<NameTrie.Edge> path = new ArrayList<>(p.size);
    byte[] cases = new byte[p.size];
    for (int i = 0; i < p.size; i++) {
      path.add(new NameTrie.Edge(i == 0 ? NameTrie.FIRST : p.gap[i], keys.key(p.piece(i))));
      boolean acronym = p.allCaps(i) && p.end[i] - p.start[i] <= 5 && kind != Kind.INSTITUTION;
      cases[i] = acronym ? NameTrie.ALL_CAPS : p.upperFirst(i) ? NameTrie.UPPER_FIRST : NameTrie.ANY_CASE;
    }
    trie.add(path, new Entry(kind, target, cases));
  }

  private List<String> edges(String name) {
    NamePieces p = NamePieces.of(name);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < p.size; i++) out.add(NameTrie.edge(p.gap[i], keys.key(p.piece(i)), i == 0));
    return out;
  }

  /** "Berg-Karabach" is also written "Bergkarabach". */
  private static String joinHyphens(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-' && i > 0 && i + 1 < name.length() && Character.isLetter(name.charAt(i - 1))
          && Character.isLetter(name.charAt(i + 1))) {
        out.append(Character.toLowerCase(name.charAt(++i)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private NameTrie trie(String language) {
    NameTrie t = tries.get(language);
    return t != null ? t : tries.get("*");
  }

  // ------------------------------------------------------------------------------------------------
  // Looking up a name on its own

  /**
   * The actors and places a phrase on its own (a search word, a quoted name) names as a whole, by any of their
   * names in any of the pack's languages. The phrase is keyed as text is (folding, transliteration, German
   * case endings), in any letter case, except that an acronym must be written in capitals ("US", not "us").
   * A person's surname alone names every person of that surname ("Alijew": Ilham and Heydar Aliyev).
   */
  public List<Naming> lookUp(String phrase) {
    NamePieces p = NamePieces.of(phrase);
    if (p.size == 0) return List.of();
    // a step is a trie node and whether it was reached through a case ending a person's name never takes
    List<NameTrie.Node> nodes = new ArrayList<>(List.of(tries.get("*").root()));
    List<Boolean> nounEndings = new ArrayList<>(List.of(false));
    for (int i = 0; i < p.size && !nodes.isEmpty(); i++) {
      if (i > 0 && p.gap[i] == NamePieces.BROKEN) return List.of();
      String[] candidates = keysOf(p.piece(i), true);
      List<NameTrie.Node> next = new ArrayList<>();
      List<Boolean> nextEndings = new ArrayList<>();
      for (int n = 0; n < nodes.size(); n++) {
        for (int k = 0; k < candidates.length; k++) {
          NameTrie.Node child = nodes.get(n).step(i == 0 ? NameTrie.FIRST : p.gap[i], candidates[k]);
          if (child != null) {
            next.add(child);
            nextEndings.add(nounEndings.get(n) || k >= PERSON_KEYS);
          }
        }
      }
      nodes = next;
      nounEndings = nextEndings;
    }
    Map<String, Boolean> bySurname = new LinkedHashMap<>();
    for (int n = 0; n < nodes.size(); n++) {
      for (Entry e : nodes.get(n).entries()) {
        if (e.kind() != Kind.NAME && e.kind() != Kind.SURNAME || nounEndings.get(n) && isPerson(e)) continue;
        if (!acronymsInCapitals(e, p)) continue;
        bySurname.merge(e.target(), e.kind() == Kind.SURNAME, Boolean::logicalAnd);
      }
    }
    List<Naming> out = new ArrayList<>(bySurname.size());
    bySurname.forEach((id, surname) -> out.add(new Naming(id, pack.nameOf(id), surname, spellings(id, surname))));
    return out;
  }

  private static boolean acronymsInCapitals(Entry e, NamePieces p) {
    for (int k = 0; k < e.cases().length; k++) {
      if (e.cases()[k] == NameTrie.ALL_CAPS && !p.allCaps(k)) return false;
    }
    return true;
  }

  /** Every name of an entity in every language, canonical first; or the surnames they give. */
  private List<String> spellings(String id, boolean surnames) {
    List<String> names = new ArrayList<>();
    names.add(pack.nameOf(id));
    for (Alias al : pack.aliases()) {
      if (al.id().equals(id) && !names.contains(al.text())) names.add(al.text());
    }
    if (!surnames) return names;
    List<String> out = new ArrayList<>();
    for (String name : names) {
      for (String s : surnames(name)) if (!out.contains(s)) out.add(s);
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------
  // Matching

  /** A stretch of pieces [first, last] the trie knows, with the entries whose letter case fits. */
  private record Match(int first, int last, List<Entry> entries, int cut) {
    Match(int first, int last, List<Entry> entries) {
      this(first, last, entries, 0);
    }

    boolean has(Kind kind) {
      for (Entry e : entries) if (e.kind() == kind) return true;
      return false;
    }

    Entry first(Kind kind) {
      for (Entry e : entries) if (e.kind() == kind) return e;
      return null;
    }
  }

  /**
   * The entities of one document.
   *
   * @param sentences the document's sentences (for context), in text order
   * @param tokens    the document's tokens (for the part-of-speech check of unlisted names)
   * @param reference the date the text speaks from (publication), or null: decides between namesakes
   */
  public Entities recognise(String text, List<Span> sentences, List<Span> tokens, String language, LocalDate reference) {
    NamePieces pieces = NamePieces.of(text);
    NameTrie trie = trie(language);
    String[][] candidates = new String[pieces.size][];
    boolean german = language.equals("de") || !tries.containsKey(language);
    Map<String, String[]> memo = (german ? germanKeys : plainKeys).get();
    if (memo.size() > MAX_CACHED_WORDS) memo.clear();

    List<Match> accepted = new ArrayList<>();
    int coveredUntil = -1;
    Match container = null;
    CompoundHeads heads = compoundHeads.getOrDefault(language, compoundHeads.get("*"));
    List<Match> found = new ArrayList<>();
    for (int i = 0; i < pieces.size; i++) {
      found.clear();
      if (mayStart(pieces, i)) {
        String[] keysOfFirst = candidates(pieces, i, candidates, memo, german);
        for (int k = 0; k < keysOfFirst.length; k++) {
          NameTrie.Node node = trie.root().step(NameTrie.FIRST, keysOfFirst[k]);
          if (node != null) walk(node, pieces, i, i, k >= PERSON_KEYS, candidates, memo, german, found);
        }
      }
      Match m = null;
      for (Match f : found) m = longer(m, f);
      if (m == null && german && i > coveredUntil) m = compound(pieces, i, heads);
      if (m == null && i > coveredUntil) m = misspelt(pieces, i, trie, language, candidates, memo, german, found);
      if (m == null) continue;
      if (i <= coveredUntil) {
        if (nested(m, container, pieces)) accepted.add(m);
        continue;
      }
      accepted.add(m);
      for (Match shorter : found) {
        if (shorter.last() < m.last() && nested(shorter, m, pieces)) accepted.add(shorter);
      }
      coveredUntil = m.last();
      container = m;
    }
    return new Resolution(text, pieces, accepted, sentences, tokens, language, reference).run();
  }

  /** "Panschinjan": a capitalised word one letter off a long person name is that name. */
  private Match misspelt(NamePieces p, int i, NameTrie trie, String language, String[][] candidates,
      Map<String, String[]> memo, boolean german, List<Match> found) {
    if (!p.upperFirst(i) || p.allCaps(i) || p.end[i] - p.start[i] < Misspellings.MIN_LENGTH - 1) return null;
    Misspellings near = misspellings.getOrDefault(language, misspellings.get("*"));
    String key = near.correct(candidates(p, i, candidates, memo, german)[0]);
    NameTrie.Node node = key == null ? null : trie.root().step(NameTrie.FIRST, key);
    if (node == null) return null;
    found.clear();
    walk(node, p, i, i, false, candidates, memo, german, found);
    Match m = null;
    for (Match f : found) if (f.entries().stream().allMatch(this::isPerson)) m = longer(m, f);
    return m;
  }

  /** "Kaukasusregion", "Karabachkonflikt": a German compound that starts with a place or country. */
  private Match compound(NamePieces p, int i, CompoundHeads heads) {
    int length = p.end[i] - p.start[i];
    if (length < MIN_COMPOUND_HEAD + MIN_COMPOUND_TAIL || !p.upperFirst(i)) return null;
    int packed = org.dossier.text.Fold.foldChar(p.text.charAt(p.start[i])) << 16
        | org.dossier.text.Fold.foldChar(p.text.charAt(p.start[i] + 1));
    if (!compoundPrefixes.get(prefixHash(packed))) return null;
    CompoundHeads.Head head = heads.longest(p.text, p.start[i], p.end[i], MIN_COMPOUND_HEAD, MIN_COMPOUND_TAIL);
    if (head == null) return null;
    return new Match(i, i, List.of(new Entry(Kind.NAME, head.id(), new byte[] {NameTrie.UPPER_FIRST})), head.length());
  }

  /**
   * Whether a match can start at a piece, decided without computing its keys: capitalised words can start
   * a name; a lower-case word only when some entry starts with it, or when it is a German adjective of
   * nationality ("armenischen"). Most words of a text are neither, and cost one set lookup.
   */
  private boolean mayStart(NamePieces p, int i) {
    int start = p.start[i];
    int end = p.end[i];
    boolean lowerCase = Character.isLowerCase(p.text.charAt(start));
    // a lower-case word that is no adjective of nationality and starts no name is ruled out by one bit
    boolean adjective = lowerCase && end - start >= 6 && containsIsch(p.text, start, end);
    if (lowerCase && !adjective && !lowerCaseStartHashes.get(prefixHash(foldedHash(p.text, start, end)))) return false;
    if (!startPrefixes.get(prefixHash(keys.prefix(p.text, start, end)))) return false;
    if (!lowerCase || adjective) return true;
    String word = p.piece(i);
    return lowerCaseStarts.contains(isPlainLowerCase(word) ? word : org.dossier.text.Fold.fold(word));
  }

  private static boolean containsIsch(String text, int start, int end) {
    for (int k = start; k + 4 <= end; k++) {
      if (text.charAt(k) == 'i' && text.startsWith("sch", k + 1)) return true;
    }
    return false;
  }

  /** A hash of the folded form of {@code text[start, end)} (as {@link org.dossier.text.Fold#fold} gives it), without allocating. */
  private static int foldedHash(String text, int start, int end) {
    int hash = 0;
    for (int k = start; k < end; k++) {
      char c = org.dossier.text.Fold.foldChar(text.charAt(k));
      if (c == 'ß') {
        hash = (hash * 31 + 's') * 31 + 's';
      } else {
        hash = hash * 31 + c;
      }
    }
    return hash;
  }

  private static int prefixHash(int hash) {
    return (hash ^ (hash >>> 17) ^ (hash >>> 7)) & (PREFIX_HASH - 1);
  }

  private static boolean isPlainLowerCase(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c < 'a' || c > 'z') return false;
    }
    return true;
  }

  /** Every whole name the trie spells from piece {@code first} on, into {@code found}. */
  private void walk(NameTrie.Node node, NamePieces p, int first, int at, boolean nounEnding, String[][] candidates,
      Map<String, String[]> memo, boolean german, List<Match> found) {
    if (!node.entries().isEmpty()) {
      List<Entry> fitting = new ArrayList<>(1);
      for (Entry e : node.entries()) {
        if (fits(e, p, first) && !(nounEnding && isPerson(e))) fitting.add(e);
      }
      if (!fitting.isEmpty()) found.add(new Match(first, at, fitting));
    }
    int next = at + 1;
    if (next < p.size && p.gap[next] != NamePieces.BROKEN) {
      String[] keysOfNext = candidates(p, next, candidates, memo, german);
      for (int k = 0; k < keysOfNext.length; k++) {
        NameTrie.Node child = node.step(p.gap[next], keysOfNext[k]);
        if (child != null) {
          walk(child, p, first, next, nounEnding || k >= PERSON_KEYS, candidates, memo, german, found);
        }
      }
    }
  }

  private static Match longer(Match a, Match b) {
    if (a == null) return b;
    if (b == null) return a;
    return b.last() > a.last() ? b : a;
  }

  private boolean isPerson(Entry e) {
    if (e.kind() == Kind.SURNAME) return true;
    Actor a = e.kind() == Kind.NAME ? pack.actors().get(e.target()) : null;
    return a != null && a.type() == EntityType.PERSON;
  }

  private static boolean fits(Entry e, NamePieces p, int first) {
    byte[] cases = e.cases();
    for (int k = 0; k < cases.length; k++) {
      int i = first + k;
      if (cases[k] == NameTrie.ALL_CAPS && !p.allCaps(i)) return false;
      if (cases[k] == NameTrie.UPPER_FIRST && !p.upperFirst(i)) return false;
    }
    return true;
  }

  /**
   * The keys a piece may match by: as written, and for German without a case ending. Keys from the first
   * {@link #PERSON_KEYS} slots (as written, without a genitive "s") are the only ones a person's name takes:
   * "Alijews" is Alijew's, "Massen" is not Maas.
   */
  private String[] candidates(NamePieces p, int i, String[][] cache, Map<String, String[]> memo, boolean german) {
    String[] c = cache[i];
    if (c != null) return c;
    String piece = p.piece(i);
    c = memo.get(piece);
    if (c == null) {
      c = keysOf(piece, german && p.upperFirst(i));
      memo.put(piece, c);
    }
    cache[i] = c;
    return c;
  }

  /** The keys of a word: as written, then, when {@code caseEndings}, without each German case ending. */
  private String[] keysOf(String piece, boolean caseEndings) {
    String own = keys.key(piece);
    if (!caseEndings || piece.length() < 5) return new String[] {own};
    String genitiveEnding = GRAMMAR.endings.get(0);
    String genitive = piece.endsWith(genitiveEnding)
        ? keys.key(piece.substring(0, piece.length() - genitiveEnding.length())) : own;
    List<String> out = new ArrayList<>(List.of(own, genitive));
    for (String ending : GRAMMAR.endings) {
      if (piece.endsWith(ending) && !ending.equals(genitiveEnding)) {
        String k = keys.key(piece.substring(0, piece.length() - ending.length()));
        if (!out.contains(k)) out.add(k);
      }
    }
    return out.toArray(new String[0]);
  }

  private static final int PERSON_KEYS = 2;

  /**
   * Inside a longer match, an actor still counts when the longer one is an office title or an
   * institution noun ("UN-Botschafter", "US-Außenministerium"), or when it is a country inside a name
   * ("Armenia's Foreign Ministry"), an organisation before a hyphen ("UN-Sicherheitsrat") or a capital
   * after "in" ("Regierung in Baku"); a city that only lends
   * a name ("Minsk-Gruppe", "Munich Security Conference") does not.
   */
  private boolean nested(Match inner, Match outer, NamePieces p) {
    if (outer == null || inner.last() > outer.last()) return false;
    boolean outerIsTitle = outer.has(Kind.TITLE) || outer.has(Kind.INSTITUTION);
    for (Entry e : inner.entries()) {
      if (e.kind() != Kind.NAME) continue;
      for (Entry o : outer.entries()) if (o.target().equals(e.target())) return false;
      Actor a = pack.actors().get(e.target());
      if (outerIsTitle && a != null) return true;
      if (a != null && a.type() == EntityType.COUNTRY) return true;
      boolean hyphenPrefix = inner.first() == outer.first() && p.end[inner.last()] < p.text.length()
          && p.text.charAt(p.end[inner.last()]) == '-';
      if (a != null && a.type() != EntityType.PERSON && hyphenPrefix) return true; // "UN-Sicherheitsrat"
      if (actsFor.containsKey(e.target()) && inner.first() > 0
          && GRAMMAR.locatives.contains(p.piece(inner.first() - 1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------------
  // Resolution: from matches to mentions

  /** The per-document state of turning matches into mentions. */
  private final class Resolution {
    private final String text;
    private final NamePieces pieces;
    private final List<Match> matches;
    private final List<Span> sentences;
    private final List<Span> tokens;
    private final String language;
    private final LocalDate reference;
    private final List<Nationality> nationalities = new ArrayList<>();
    private final Map<Integer, Match> byFirstPiece = new HashMap<>();
    private final Map<Integer, Match> byLastPiece = new HashMap<>();
    private final Map<Integer, List<Match>> startingAt = new HashMap<>();
    /** Mentions of each country so far, for group nouns. */
    private final Map<String, Integer> countryCounts = new LinkedHashMap<>();
    /** Part-of-speech tags of the sentences where a title meets an unknown name, tagged once each. */
    private final ProperNouns.Tagged tagged;

    Resolution(String text, NamePieces pieces, List<Match> matches, List<Span> sentences, List<Span> tokens,
        String language, LocalDate reference) {
      this.text = text;
      this.pieces = pieces;
      this.matches = matches;
      this.sentences = sentences;
      this.tokens = tokens;
      this.language = language;
      this.reference = reference;
      this.tagged = properNouns.of(text, tokens, language);
      for (Match m : matches) {
        startingAt.computeIfAbsent(m.first(), k -> new ArrayList<>(1)).add(m);
        byFirstPiece.putIfAbsent(m.first(), m);
        byLastPiece.merge(m.last(), m, (a, b) -> a.first() <= b.first() ? a : b);
      }
    }

    Entities run() {
      Map<String, List<int[]>> fullNames = fullPersonNames();
      List<Mention> out = new ArrayList<>();
      Map<String, String> lastOfKind = new HashMap<>();
      String lastMinistry = null;
      for (Match m : matches) {
        Mention mention = null;
        if (m.has(Kind.NAME)) {
          mention = name(m, fullNames);
        } else if (m.has(Kind.SURNAME)) {
          mention = surname(m, fullNames);
        } else if (m.has(Kind.CUE)) {
          String[] cue = m.first(Kind.CUE).target().split(CUE_ACTS_FOR, 2);
          mention = mention(m.first(), m.last(), cue[0], Via.CUE, null);
          if (cue.length == 2) mention = mention.actingFor(cue[1]);
        } else if (m.has(Kind.INSTITUTION)) {
          mention = institution(m, out, lastOfKind, lastMinistry);
          // a government named by its seat is no institution of a kind to refer back to
          String kind = mention == null ? null : kindOfInstitution.get(mention.entity());
          if (kind != null) {
            lastOfKind.put(kind, mention.entity());
            if (kind.endsWith("_ministry")) lastMinistry = mention.entity();
          }
        } else if (m.has(Kind.COLLECTIVE)) {
          out.addAll(collective(m, out));
        } else if (m.has(Kind.DEMONYM)) {
          Entry e = m.first(Kind.DEMONYM);
          Actor country = pack.actors().get(e.target());
          nationalities.add(new Nationality(pieces.start[m.first()], pieces.end[m.last()], span(m.first(), m.last()),
              e.target(), country == null ? null : country.country()));
        } else if (m.has(Kind.TITLE)) {
          mention = unlisted(m);
        }
        if (mention != null) {
          out.add(mention);
          if (mention.type() == EntityType.COUNTRY && mention.via() != Via.COLLECTIVE) {
            countryCounts.merge(mention.entity(), 1, Integer::sum);
          }
          String kind = kindOfInstitution.get(mention.entity());
          if (kind != null && mention.via() != Via.INSTITUTION) {
            lastOfKind.put(kind, mention.entity());
            if (kind.endsWith("_ministry")) lastMinistry = mention.entity();
          }
        }
      }
      out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
      return new Entities(out, List.of(), nationalities);
    }

    /** Where each person is named in full: surname key → (first piece, person). */
    private Map<String, List<int[]>> fullPersonNames() {
      Map<String, List<int[]>> out = new HashMap<>();
      for (Match m : matches) {
        if (!m.has(Kind.NAME) || m.last() == m.first()) continue;
        for (Entry e : m.entries()) {
          Actor a = pack.actors().get(e.target());
          if (e.kind() == Kind.NAME && a != null && a.type() == EntityType.PERSON) {
            out.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(new int[] {m.first()});
          }
        }
      }
      return out;
    }

    private Mention name(Match m, Map<String, List<int[]>> fullNames) {
      if (m.cut() > 0) {
        Mention whole = mention(m.first(), m.last(), m.entries().get(0).target(), Via.NAME, null);
        int end = whole.start() + m.cut();
        return new Mention(whole.start(), end, text.substring(whole.start(), end), whole.entity(), whole.name(),
            whole.type(), whole.country(), Via.NAME, null, whole.actsFor());
      }
      List<String> persons = new ArrayList<>();
      String other = null;
      for (Entry e : m.entries()) {
        if (e.kind() != Kind.NAME) continue;
        Actor a = pack.actors().get(e.target());
        if (a != null && a.type() == EntityType.PERSON) {
          if (!persons.contains(e.target())) persons.add(e.target());
        } else if (other == null) {
          other = e.target();
        }
      }
      String role = titleBefore(m);
      if (!persons.isEmpty() && (other == null || role != null)) {
        String person = persons.size() == 1 ? persons.get(0) : choosePerson(persons, m, fullNames, role);
        if (person != null) return mention(m.first(), m.last(), person, Via.NAME, role);
      }
      return other == null ? null : mention(m.first(), m.last(), other, Via.NAME, null);
    }

    private Mention surname(Match m, Map<String, List<int[]>> fullNames) {
      List<String> persons = new ArrayList<>();
      for (Entry e : m.entries()) {
        if (e.kind() == Kind.SURNAME && !persons.contains(e.target())) persons.add(e.target());
      }
      String role = titleBefore(m);
      String person = choosePerson(persons, m, fullNames, role);
      return person == null ? null : mention(m.first(), m.last(), person, Via.SURNAME, role);
    }

    /**
     * Which of several namesakes a name means: the one the text names in full (nearest before, else
     * first after); else the one holding the office the title gives, or any office, at the reference date.
     */
    private String choosePerson(List<String> persons, Match m, Map<String, List<int[]>> fullNames, String role) {
      String nearestBefore = null;
      int before = -1;
      String firstAfter = null;
      int after = Integer.MAX_VALUE;
      for (String p : persons) {
        for (int[] at : fullNames.getOrDefault(p, List.of())) {
          if (at[0] < m.first() && at[0] > before) {
            before = at[0];
            nearestBefore = p;
          } else if (at[0] > m.first() && at[0] < after) {
            after = at[0];
            firstAfter = p;
          }
        }
      }
      if (nearestBefore != null) return nearestBefore;
      if (firstAfter != null) return firstAfter;
      List<String> left = persons;
      if (role != null) left = filter(left, p -> holds(p, role, reference));
      if (left.size() > 1 && reference != null) left = filter(left, p -> holds(p, null, reference));
      if (left.size() == 1) return left.get(0);
      if (left.isEmpty() && persons.size() == 1) return persons.get(0);
      return null;
    }

    private boolean holds(String person, String role, LocalDate at) {
      for (Role r : pack.rolesOf(person)) {
        if (role != null && !r.role().equals(role)) continue;
        if (at == null || r.overlaps(at, at)) return true;
      }
      return false;
    }

    /** The office a title right before a name gives ("Präsident Alijew", "Foreign Minister Lavrov"). */
    private String titleBefore(Match m) {
      Match t = adjacentBefore(m);
      if (t != null && t.has(Kind.TITLE)) return t.first(Kind.TITLE).target();
      return null;
    }

    private Match adjacentBefore(Match m) {
      char gap = m.first() == 0 ? NamePieces.BROKEN : pieces.gap[m.first()];
      if (gap != NamePieces.SPACE && gap != NamePieces.POSSESSIVE) return null;
      return byLastPiece.get(m.first() - 1);
    }

    private Match adjacentAfter(Match m) {
      int next = m.last() + 1;
      if (next >= pieces.size || pieces.gap[next] != NamePieces.SPACE) return null;
      return byFirstPiece.get(next);
    }

    /**
     * A generic institution noun, given a country by a qualifier next to it, else by the same kind (or any
     * ministry) named before, else — for nouns that may stand bare — by the country the sentence names last.
     */
    private Mention institution(Match m, List<Mention> sofar, Map<String, String> lastOfKind, String lastMinistry) {
      String target = m.first(Kind.INSTITUTION).target();
      boolean bare = !target.endsWith(NOT_BARE);
      String kind = bare ? target : target.substring(0, target.length() - NOT_BARE.length());
      int first = m.first();
      if (kind.equals(InstitutionNoun.SEAT)) {
        Match seat = qualifierMatchAfter(m);
        String government = seat == null ? null : seatOf(seat);
        return government == null ? null : mention(first, m.last(), government, Via.INSTITUTION, null);
      }
      String country = null;
      Match before = adjacentBefore(m);
      if (before != null && before.has(Kind.DEMONYM)) {
        country = code(before.first(Kind.DEMONYM).target());
        first = before.first();
      } else if (before != null) {
        country = countryOf(before);
        if (country != null) first = before.first();
      }
      Match after = null;
      if (country == null) {
        after = qualifierMatchAfter(m);
        if (after != null) country = countryOf(after);
      }
      String actor = country == null ? null : institutionOf(kind, country);
      if (actor == null && after != null) {
        // "the government in Stepanakert": where the pack lists no institution of the kind, the noun with the seat of
        // a government stands for that government
        actor = seatOf(after);
      }
      if (actor == null && country == null) {
        if (kind.equals(InstitutionNoun.ANY_MINISTRY)) {
          actor = lastMinistry;
        } else {
          actor = lastOfKind.get(kind);
          if (actor == null && bare) {
            actor = institutionInContext(kind, pieces.start[m.first()], sofar);
          }
        }
      }
      return actor == null ? null : mention(first, m.last(), actor, Via.INSTITUTION, null);
    }

    private String institutionOf(String kind, String country) {
      if (kind.equals(InstitutionNoun.ANY_MINISTRY)) return null;
      return institutionByKindCountry.get(kind + "|" + country);
    }

    /**
     * The name after an institution noun that says whose it is: "Verteidigungsministerium Armeniens", "Ministry of
     * Defence of Armenia", "das Außenministerium in Eriwan"; or null.
     */
    private Match qualifierMatchAfter(Match m) {
      Match next = adjacentAfter(m);
      if (next != null && language.equals("de")) {
        String c = countryOf(next);
        if (c != null && pieces.piece(next.last()).endsWith(GRAMMAR.endings.get(0))) return next;
      }
      int link = m.last() + 1;
      if (link < pieces.size && pieces.gap[link] == NamePieces.SPACE
          && GRAMMAR.links.contains(pieces.piece(link).toLowerCase(Locale.ROOT))) {
        int after = link + 1;
        while (after < pieces.size && pieces.gap[after] == NamePieces.SPACE && after <= link + 2
            && !byFirstPiece.containsKey(after) && GRAMMAR.articles.contains(pieces.piece(after).toLowerCase(Locale.ROOT))) {
          after++;
        }
        Match q = after < pieces.size && pieces.gap[after] == NamePieces.SPACE ? byFirstPiece.get(after) : null;
        if (q != null && countryOf(q) != null) return q;
      }
      return null;
    }

    /** The government a seat of power stands for ("Stepanakert": the de facto authorities), or null. */
    private String seatOf(Match m) {
      for (Entry e : m.entries()) {
        if (e.kind() == Kind.NAME && actsFor.containsKey(e.target())) return actsFor.get(e.target());
      }
      return null;
    }

    /** The country a match names or stands for: a country, a capital, a demonym. */
    private String countryOf(Match m) {
      for (Entry e : m.entries()) {
        if (e.kind() == Kind.DEMONYM) return code(e.target());
        if (e.kind() != Kind.NAME) continue;
        Actor a = pack.actors().get(e.target());
        if (a != null && a.type() == EntityType.COUNTRY) return a.country();
        String gov = actsFor.get(e.target());
        if (gov != null) return code(gov);
      }
      return null;
    }

    private String code(String actorId) {
      Actor a = pack.actors().get(actorId);
      return a == null ? null : a.country();
    }

    /**
     * The institution of a kind belonging to the actor named last before {@code at} that has one, in its
     * sentence or the sentence before: "Pashinyan held a meeting of the republic's Security Council".
     */
    private String institutionInContext(String kind, int at, List<Mention> sofar) {
      int sentence = sentenceOf(at);
      int k = sofar.size() - 1;
      int n = nationalities.size() - 1;
      int looked = 0;
      while ((k >= 0 || n >= 0) && looked++ < MAX_CONTEXT_LOOKBACK) {
        Mention x = k >= 0 ? sofar.get(k) : null;
        Nationality adj = n >= 0 ? nationalities.get(n) : null;
        boolean takeAdjective = adj != null && (x == null || adj.start() > x.start());
        int start = takeAdjective ? adj.start() : x.start();
        String code = takeAdjective ? adj.code() : x.country();
        if (takeAdjective) n--; else k--;
        if (start >= at) continue;
        if (sentenceOf(start) < sentence - 1) break;
        String actor = code == null ? null : institutionOf(kind, code);
        if (actor != null) return actor;
      }
      return null;
    }

    private int sentenceOf(int offset) {
      int lo = 0;
      int hi = sentences.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Span s = sentences.get(mid);
        if (offset < s.start()) hi = mid - 1;
        else if (offset >= s.end()) lo = mid + 1;
        else return mid;
      }
      return lo;
    }

    /**
     * "beide Seiten": the countries the document has named most so far, when they stand out; not the one country
     * the sentence names before it, which addresses the parties rather than being one ("Russlands Präsident
     * Wladimir Putin hat die Konfliktparteien aufgefordert"), unless a verb of saying stands between them: a speaker
     * may be one of the sides it speaks of ("Armenia said both sides had agreed").
     */
    private List<Mention> collective(Match m, List<Mention> before) {
      int size = Integer.parseInt(m.first(Kind.COLLECTIVE).target());
      Map<String, Integer> counts = countryCounts;
      Set<String> inSentence = new HashSet<>();
      int start = pieces.start[m.first()];
      Span sentence = sentenceSpan(start);
      int lastEnd = -1;
      for (Mention b : before) {
        if (b.start() >= sentence.start() && b.start() < start && b.type() == EntityType.COUNTRY && b.via() != Via.COLLECTIVE) {
          inSentence.add(b.entity());
          lastEnd = Math.max(lastEnd, b.end());
        }
      }
      if (inSentence.size() == 1 && counts.size() - 1 >= size && counts.containsKey(inSentence.iterator().next())
          && !saysBetween(lastEnd, start)) {
        counts = new LinkedHashMap<>(counts);
        counts.remove(inSentence.iterator().next());
      }
      if (counts.size() < size) return List.of();
      List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
      ranked.sort((a, b) -> b.getValue() - a.getValue());
      if (ranked.size() > size && ranked.get(size).getValue().equals(ranked.get(size - 1).getValue())) return List.of();
      List<Mention> out = new ArrayList<>();
      for (int k = 0; k < size; k++) out.add(mention(m.first(), m.last(), ranked.get(k).getKey(), Via.COLLECTIVE, null));
      return out;
    }

    /** Whether a verb of saying stands in the text between two offsets. */
    private boolean saysBetween(int from, int to) {
      Set<String> verbs = sayings.getOrDefault(language, Set.of());
      if (from < 0 || from >= to || verbs.isEmpty()) return false;
      for (String word : text.substring(from, to).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (verbs.contains(word)) return true;
      }
      return false;
    }

    /** "Außenminister X" where X is a proper noun the pack does not know: a person with that office. */
    private Mention unlisted(Match title) {
      Match after = adjacentAfter(title);
      int first = title.last() + 1;
      if (after != null || first >= pieces.size || pieces.gap[first] != NamePieces.SPACE || pieces.possessive[title.last()]) {
        return null;
      }
      int last = first - 1;
      for (int i = first; i < pieces.size && i < first + MAX_UNLISTED_PIECES; i++) {
        if (i > first && (pieces.gap[i] != NamePieces.SPACE || pieces.possessive[i - 1])) break;
        if (byFirstPiece.containsKey(i)) break;
        String w = pieces.piece(i);
        boolean particle = i > first && GRAMMAR.particles.contains(w) && i + 1 < pieces.size && pieces.upperFirst(i + 1);
        if (!particle && !(pieces.upperFirst(i) && !pieces.allCaps(i) && Character.isLetter(w.charAt(0)))) break;
        if (!particle && !tagged.isProperNoun(sentenceSpan(pieces.start[i]), pieces.start[i])) break;
        last = i;
      }
      if (last < first || GRAMMAR.particles.contains(pieces.piece(last))) return null;
      String role = title.first(Kind.TITLE).target();
      String country = titleCountry(title);
      String surface = span(first, last);
      String id = Mention.UNLISTED + keys.key(surface.replace(' ', '-')).replace(' ', '-');
      return new Mention(pieces.start[first], pieces.end[last], surface, id, surface, EntityType.PERSON, country,
          Via.TITLE, role, null);
    }

    private Span sentenceSpan(int offset) {
      int s = sentenceOf(offset);
      return s < sentences.size() ? sentences.get(s) : new Span(0, text.length());
    }

    /** "der türkische Außenminister", "Turkey's foreign minister", "US-Außenminister". */
    private String titleCountry(Match title) {
      Match before = adjacentBefore(title);
      if (before != null) {
        String c = countryOf(before);
        if (c != null) return c;
      }
      for (int i = title.first(); i <= title.last(); i++) {
        for (Match m : startingAt.getOrDefault(i, List.of())) {
          if (m.last() <= title.last() && m != title) {
            String c = countryOf(m);
            if (c != null) return c;
          }
        }
      }
      return null;
    }

    private Mention mention(int first, int last, String id, Via via, String role) {
      int start = pieces.start[first];
      int end = pieces.end[last];
      if (last > first && pieces.gap[last] == NamePieces.PERIOD && end - pieces.start[last] == 1
          && end < text.length() && text.charAt(end) == '.') {
        end++; // "U.S." keeps its last period
      }
      Actor a = pack.actors().get(id);
      if (a != null) {
        return new Mention(start, end, text.substring(start, end), id, a.name(), a.type(), a.country(), via, role,
            actsFor.get(id));
      }
      Place p = pack.places().get(id);
      return new Mention(start, end, text.substring(start, end), id, p.name(), EntityType.LOCATION, p.country(), via,
          role, actsFor.get(id));
    }

    private String span(int first, int last) {
      return text.substring(pieces.start[first], pieces.end[last]);
    }
  }

  private static <T> List<T> filter(List<T> in, java.util.function.Predicate<T> keep) {
    List<T> out = new ArrayList<>();
    for (T t : in) if (keep.test(t)) out.add(t);
    return out;
  }
}
