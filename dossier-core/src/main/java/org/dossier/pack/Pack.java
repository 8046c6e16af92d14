package org.dossier.pack;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A domain pack: the actors, places, offices and vocabulary of one conflict, loaded from plain data
 * files (see docs/PACKS.md). Immutable and serialisable, so it can be broadcast to Spark tasks.
 */
public final class Pack implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final List<String> languages;
  private final Set<String> codes;
  private final Map<String, Actor> actors;
  private final Map<String, Place> places;
  private final List<Alias> aliases;
  private final List<Role> roles;
  private final List<RoleTitle> roleTitles;
  private final List<Demonym> demonyms;
  private final List<Metonym> metonyms;
  private final List<Transliteration> transliterations;
  private final List<Institution> institutions;
  private final List<InstitutionNoun> institutionNouns;
  private final List<Collective> collectives;
  private final EventVocabulary events;
  private final List<ChronologyEntry> chronology;
  private final List<Control> controls;
  private final List<Hostility> hostilities;
  private final Set<String> adversaryRoots;
  private final Set<String> partyCodes;
  private final Map<String, List<Role>> rolesByPerson;

  Pack(String name, List<String> languages, Set<String> codes, Map<String, Actor> actors, Map<String, Place> places,
      List<Alias> aliases, List<Role> roles, List<RoleTitle> roleTitles, List<Demonym> demonyms, List<Metonym> metonyms,
      List<Transliteration> transliterations, List<Institution> institutions, List<InstitutionNoun> institutionNouns,
      List<Collective> collectives, EventVocabulary events, List<ChronologyEntry> chronology, List<Control> controls,
      List<Hostility> hostilities, Set<String> adversaryRoots, Set<String> partyCodes) {
    this.name = name;
    this.languages = List.copyOf(languages);
    this.codes = Set.copyOf(codes);
    this.actors = Collections.unmodifiableMap(actors);
    this.places = Collections.unmodifiableMap(places);
    this.aliases = List.copyOf(aliases);
    this.roles = List.copyOf(roles);
    this.roleTitles = List.copyOf(roleTitles);
    this.demonyms = List.copyOf(demonyms);
    this.metonyms = List.copyOf(metonyms);
    this.transliterations = List.copyOf(transliterations);
    this.institutions = List.copyOf(institutions);
    this.institutionNouns = List.copyOf(institutionNouns);
    this.collectives = List.copyOf(collectives);
    this.events = events;
    this.chronology = List.copyOf(chronology);
    this.controls = List.copyOf(controls);
    this.hostilities = List.copyOf(hostilities);
    this.adversaryRoots = Set.copyOf(adversaryRoots);
    this.partyCodes = Set.copyOf(partyCodes);
    Map<String, List<Role>> byPerson = new HashMap<>();
    for (Role r : roles) {
      byPerson.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r);
    }
    this.rolesByPerson = Collections.unmodifiableMap(byPerson);
  }

  public String name() { return name; }
  /** Who held which places in fact, and when (control.tsv). */
  public List<Control> controls() { return controls; }

  /** The actor that held a place in fact on a day, where the pack says one did; else null. */
  public Actor holder(String place, java.time.LocalDate day) {
    if (day == null) return null;
    for (Control c : controls) {
      if (c.place().equals(place) && c.holds(day)) return actors.get(c.holder());
    }
    return null;
  }
  /** Who was at war with whom, and when (adversaries.tsv). */
  public List<Hostility> hostilities() { return hostilities; }

  /** The CAMEO roots of acts whose target, when the text names none, is the doer's adversary (pack.yaml). */
  public Set<String> adversaryRoots() { return adversaryRoots; }

  /** The CAMEO codes of calls made to the sides of a war, whose target, when the text names none, is those sides. */
  public Set<String> partyCodes() { return partyCodes; }

  /**
   * The actors the actors of these codes were at war with on a day (any day, with none), other than themselves, in
   * the order of adversaries.tsv.
   */
  public List<Actor> adversaries(Set<String> codes, java.time.LocalDate day) {
    List<Actor> out = new ArrayList<>();
    for (Hostility h : hostilities) {
      if (!h.during(day)) continue;
      for (String[] pair : new String[][] {{h.side(), h.other()}, {h.other(), h.side()}}) {
        Actor side = actors.get(pair[0]);
        Actor other = actors.get(pair[1]);
        if (codes.contains(side.country()) && !codes.contains(other.country()) && !out.contains(other)) out.add(other);
      }
    }
    return out;
  }
  public List<String> languages() { return languages; }
  /** Upper-case actor codes the pack defines beyond ISO 3166 (EU, UN, NKR ...). */
  public Set<String> codes() { return codes; }
  public Map<String, Actor> actors() { return actors; }
  public Map<String, Place> places() { return places; }
  public List<Alias> aliases() { return aliases; }
  public List<Role> roles() { return roles; }
  public List<RoleTitle> roleTitles() { return roleTitles; }
  public List<Demonym> demonyms() { return demonyms; }
  public List<Metonym> metonyms() { return metonyms; }
  /** Spelling rules that make transliterations of a name meet ("Alijew", "Aliyev"). */
  public List<Transliteration> transliterations() { return transliterations; }
  /** Which actors are which country's institutions. */
  public List<Institution> institutions() { return institutions; }
  /** Generic nouns of institution kinds ("das Außenministerium"). */
  public List<InstitutionNoun> institutionNouns() { return institutionNouns; }
  /** Group nouns for the parties of the conflict ("beide Seiten"). */
  public List<Collective> collectives() { return collectives; }
  /** The event coder's lexicon and cues. */
  public EventVocabulary events() { return events; }
  /** Dated landmark events of the conflict, in date order. */
  public List<ChronologyEntry> chronology() { return chronology; }

  public List<Role> rolesOf(String personId) {
    return rolesByPerson.getOrDefault(personId, List.of());
  }

  /** The canonical name of an actor or place id, or null. */
  public String nameOf(String id) {
    Actor a = actors.get(id);
    if (a != null) return a.name();
    Place p = places.get(id);
    return p == null ? null : p.name();
  }
}
