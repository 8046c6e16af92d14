package org.dossier.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.pack.Cameo;
import org.dossier.pack.ChronologyEntry;

/**
 * The pack's chronology of landmark events, as an event mention is matched against it: the same kind of
 * event (the landmark sharing the most CAMEO digits wins, at least the root: "0842" is the return of
 * villages, 084, before any ceasefire, 087), an actor in common, and the same place where both name one.
 */
public final class Landmarks {
  private final List<ChronologyEntry> entries;

  public Landmarks(List<ChronologyEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** These landmarks and more (from other reports of a story, say). */
  public Landmarks with(List<ChronologyEntry> more) {
    if (more.isEmpty()) return this;
    List<ChronologyEntry> all = new ArrayList<>(entries);
    all.addAll(more);
    return new Landmarks(all);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * The landmarks an event fits best among those on the days {@code day} admits: the closest kind of event,
   * and of those at the event's own place, the ones there.
   */
  public List<ChronologyEntry> fitting(String cameo, List<Event.Actor> actors, Event.Location location,
      Predicate<LocalDate> day) {
    List<ChronologyEntry> best = new ArrayList<>();
    int specificity = 0;
    for (ChronologyEntry c : entries) {
      int shared = fit(cameo, actors, location, c);
      if (shared == 0 || shared < specificity || !day.test(c.date())) continue;
      if (shared > specificity) best.clear();
      best.add(c);
      specificity = shared;
    }
    if (location != null && best.stream().anyMatch(c -> c.places().contains(location.entity()))) {
      best.removeIf(c -> !c.places().contains(location.entity()));
    }
    return best;
  }

  /** The landmarks an event mention fits best on the days {@code day} admits. */
  public List<ChronologyEntry> fitting(Event e, Predicate<LocalDate> day) {
    List<Event.Actor> actors = new ArrayList<>(e.source());
    actors.addAll(e.target());
    actors.addAll(e.mediator());
    return fitting(e.cameo(), actors, e.location(), day);
  }

  /**
   * Whether two codes of aid (root 07) or force (roots 18 to 20) name different kinds of it: taking in refugees
   * (075) is no deployment of peacekeepers (074), a blockade (191) no ceasefire violation (196), a mass killing
   * (202) no expulsion (201). Fighting with small arms, artillery or from the air (193 to 195) is one kind, told one
   * way or another ("shelled" or "struck by missiles"); a code that ends in 0 ("not specified below") fits any of
   * its family.
   */
  static boolean otherKind(String a, String b) {
    if (a.length() < 3 || b.length() < 3 || !a.startsWith(b.substring(0, 2))) return false;
    String root = a.substring(0, 2);
    if (!root.equals("07") && !root.equals("18") && !root.equals("19") && !root.equals("20")) return false;
    char x = a.charAt(2);
    char y = b.charAt(2);
    if (x == y || x == '0' || y == '0') return false;
    return !(root.equals("19") && "345".indexOf(x) >= 0 && "345".indexOf(y) >= 0);
  }

  /** The CAMEO digits an event shares with a landmark when an actor (and the place) fit too, else 0. */
  private static int fit(String cameo, List<Event.Actor> actors, Event.Location location, ChronologyEntry c) {
    int shared = 0;
    while (shared < Math.min(cameo.length(), c.cameo().length()) && cameo.charAt(shared) == c.cameo().charAt(shared)) {
      shared++;
    }
    if (shared < 2 || otherKind(cameo, c.cameo())) return 0;
    // a code of three digits that ends in 0 is its family "not specified below" (190 any fighting): it fits the
    // family's landmarks alike, not those coded 190 better than a missile strike (195)
    if (shared == 3 && !Cameo.specific(cameo)) shared = 2;
    Set<String> codes = new HashSet<>();
    for (Event.Actor a : actors) codes.add(a.code());
    codes.retainAll(c.actors());
    if (codes.isEmpty()) return 0;
    return c.places().isEmpty() || location == null || c.places().contains(location.entity()) ? shared : 0;
  }
}
