package org.dossier.dating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.Span;
import org.dossier.pack.Actor;
import org.dossier.pack.Alias;
import org.dossier.pack.Demonym;
import org.dossier.pack.EntityType;
import org.dossier.pack.Pack;
import org.dossier.pack.Role;
import org.dossier.pack.RoleTitle;
import org.dossier.text.Fold;

/**
 * Reads from a text which offices it gives which people, and turns that into the span of time in which
 * the text can have been written. A person counts when the sentence naming them, or the next one, holds
 * a title of one of their offices together with the office's country ("der türkische Außenminister",
 * "US Secretary of State"), not preceded by "former" or the like.
 */
public final class TenureEvidence {
  private static final Pattern FORMER = Pattern.compile(
      "(former|ex-|ex |then|late|ehemalig\\w*|fruher\\w*|einstig\\w*|damalig\\w*|vormalig\\w*|alt-)\\s*\\S*\\s*$");

  /** The end of a term still running: later than any date a text can bear. */
  static final LocalDate ONGOING = LocalDate.of(9999, 12, 31);

  private final Pack pack;
  private final Map<String, Set<String>> personsBySurname = new HashMap<>();
  /**
   * The first two characters of the surnames (hashed), and the surnames of one character: most words of a text
   * (German nouns too) begin otherwise and are not looked up.
   */
  private final java.util.BitSet surnameStarts = new java.util.BitSet();
  private final java.util.BitSet oneLetterSurnames = new java.util.BitSet();
  private final Map<String, List<String>> fullNames = new HashMap<>();
  /** Folded titles and country cues, per role or actor and language ("*" for all), found at a word's start. */
  private final Map<String, List<String>> titlesByRoleLang = new HashMap<>();
  private final Map<String, List<String>> cuesByActorLang = new HashMap<>();

  public TenureEvidence(Pack pack) {
    this.pack = pack;
    Map<String, Set<String>> spellings = new HashMap<>();
    for (Actor a : pack.actors().values()) {
      if (a.type() == EntityType.PERSON && !pack.rolesOf(a.id()).isEmpty()) {
        spellings.computeIfAbsent(a.id(), k -> new HashSet<>()).add(a.name());
      }
    }
    for (Alias al : pack.aliases()) {
      if (spellings.containsKey(al.id())) spellings.get(al.id()).add(al.text());
    }
    spellings.forEach((id, names) -> {
      for (String name : names) {
        String folded = Fold.fold(name);
        fullNames.computeIfAbsent(id, k -> new ArrayList<>()).add(folded);
        String[] parts = folded.split("\\s+");
        if (parts.length > 1) {
          String surname = parts[parts.length - 1];
          personsBySurname.computeIfAbsent(surname, k -> new HashSet<>()).add(id);
          if (surname.length() == 1) oneLetterSurnames.set(surname.charAt(0));
          else surnameStarts.set(startKey(surname, 0));
        }
      }
    });
    for (RoleTitle t : pack.roleTitles()) {
      titlesByRoleLang.computeIfAbsent(t.role() + "|" + t.lang(), k -> new ArrayList<>()).add(folded(t.title()));
    }
    for (Actor a : pack.actors().values()) {
      if (a.type() == EntityType.COUNTRY || a.type() == EntityType.ORGANIZATION) {
        cuesByActorLang.computeIfAbsent(a.id() + "|*", k -> new ArrayList<>()).add(folded(a.name()));
      }
    }
    for (Alias al : pack.aliases()) {
      Actor a = pack.actors().get(al.id());
      if (a != null && (a.type() == EntityType.COUNTRY || a.type() == EntityType.ORGANIZATION)) {
        cuesByActorLang.computeIfAbsent(a.id() + "|" + al.lang(), k -> new ArrayList<>()).add(folded(al.text()));
      }
    }
    for (Demonym d : pack.demonyms()) {
      cuesByActorLang.computeIfAbsent(d.country() + "|" + d.lang(), k -> new ArrayList<>()).add(folded(d.adjective()));
    }
  }

  /** The window in which the text can have been written, or null when it names no one in office. */
  public TenureWindow window(String text, List<Span> sentences, String language) {
    FoldedText folded = new FoldedText(text);
    List<String> foldedSentences = new ArrayList<>();
    List<Set<String>> people = new ArrayList<>();
    for (Span s : sentences) {
      String sentence = Fold.fold(s.of(text));
      foldedSentences.add(sentence);
      people.add(personsIn(sentence, folded));
    }
    Map<String, String> reasons = new LinkedHashMap<>();
    List<LocalDate[]> window = null;
    for (int i = 0; i < foldedSentences.size(); i++) {
      Set<String> candidates = new HashSet<>(people.get(i));
      if (i > 0) candidates.addAll(people.get(i - 1));
      for (String person : candidates) {
        for (Role role : pack.rolesOf(person)) {
          String key = person + "|" + role.role() + "|" + role.of();
          if (reasons.containsKey(key) || !statesOffice(foldedSentences.get(i), role, language)) continue;
          List<LocalDate[]> terms = terms(person, role);
          List<LocalDate[]> narrowed = window == null ? terms : intersect(window, terms);
          if (narrowed.isEmpty()) {
            return null; // the text contradicts itself (or the pack is wrong): no evidence either way
          }
          window = narrowed;
          reasons.put(key, pack.nameOf(person) + " as " + role.role().replace('_', ' ') + " of " + pack.nameOf(role.of())
              + " (" + describeTerms(terms) + ")");
        }
      }
    }
    if (window == null) return null;
    List<TenureWindow.Interval> intervals = new ArrayList<>();
    for (LocalDate[] w : window) intervals.add(new TenureWindow.Interval(w[0], w[1]));
    return new TenureWindow(intervals, List.copyOf(reasons.values()));
  }

  /** The folded text, folded when first needed: only a surname several people share needs the full names. */
  private static final class FoldedText {
    private final String text;
    private String folded;

    FoldedText(String text) {
      this.text = text;
    }

    boolean contains(String foldedPhrase) {
      if (folded == null) folded = Fold.fold(text);
      return folded.contains(foldedPhrase);
    }
  }

  private Set<String> personsIn(String sentence, FoldedText foldedDoc) {
    Set<String> found = new HashSet<>();
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      // a word: a letter or mark, then letters, marks, apostrophes and hyphens
      if (!letterOrMark(sentence.charAt(i))) {
        i++;
        continue;
      }
      int start = i++;
      while (i < n && (letterOrMark(sentence.charAt(i)) || sentence.charAt(i) == '\'' || sentence.charAt(i) == '-')) i++;
      if (i - start == 1 ? !oneLetterSurnames.get(sentence.charAt(start)) : !surnameStarts.get(startKey(sentence, start))) {
        continue;
      }
      Set<String> ids = surname(sentence.substring(start, i));
      if (ids == null) continue;
      if (ids.size() == 1) {
        found.addAll(ids);
      } else {
        for (String id : ids) {
          for (String full : fullNames.get(id)) {
            if (foldedDoc.contains(full)) found.add(id);
          }
        }
      }
    }
    return found;
  }

  /** The first two characters of a word from a position, hashed to 16 bits. */
  private static int startKey(String text, int start) {
    return (text.charAt(start) * 31 + text.charAt(start + 1)) & 0xffff;
  }

  /** The people a word names by surname: the word as it stands, or without a possessive or plural ending. */
  private Set<String> surname(String w) {
    Set<String> ids = personsBySurname.get(w);
    if (ids == null && w.endsWith("'s")) ids = personsBySurname.get(strip(w, "'s"));
    if (ids == null && w.endsWith("s")) ids = personsBySurname.get(strip(w, "s"));
    if (ids == null && w.endsWith("'")) ids = personsBySurname.get(strip(w, "'"));
    return ids;
  }

  private static boolean letterOrMark(char c) {
    if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    return Character.isLetter(c) || switch (Character.getType(c)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
      default -> false;
    };
  }

  private boolean statesOffice(String sentence, Role role, String language) {
    for (String title : phrases(titlesByRoleLang, role.role(), language)) {
      for (int at = wordStart(sentence, title, 0); at >= 0; at = wordStart(sentence, title, at + Math.max(1, title.length()))) {
        String before = sentence.substring(Math.max(0, at - 24), at);
        if (FORMER.matcher(before).find()) continue;
        for (String cue : phrases(cuesByActorLang, role.of(), language)) {
          if (wordStart(sentence, cue, 0) >= 0) return true;
        }
      }
    }
    return false;
  }

  /** The phrases for a role or actor: those for every language, then those for this one. */
  private static Iterable<String> phrases(Map<String, List<String>> map, String key, String language) {
    List<String> all = map.getOrDefault(key + "|*", List.of());
    List<String> own = map.getOrDefault(key + "|" + language, List.of());
    if (own.isEmpty()) return all;
    if (all.isEmpty()) return own;
    List<String> out = new ArrayList<>(all);
    out.addAll(own);
    return out;
  }

  /** Where a phrase next stands in a text from a position on, not preceded by a letter; -1 when nowhere. */
  private static int wordStart(String text, String phrase, int from) {
    for (int at = text.indexOf(phrase, from); at >= 0; at = text.indexOf(phrase, at + 1)) {
      if (at == 0 || !Character.isLetter(text.codePointBefore(at))) return at;
    }
    return -1;
  }

  private List<LocalDate[]> terms(String person, Role like) {
    List<LocalDate[]> out = new ArrayList<>();
    for (Role r : pack.rolesOf(person)) {
      if (r.role().equals(like.role()) && r.of().equals(like.of())) {
        out.add(new LocalDate[] {r.start().first(), r.end() == null ? ONGOING : r.end().last()});
      }
    }
    out.sort((a, b) -> a[0].compareTo(b[0]));
    return out;
  }

  private static List<LocalDate[]> intersect(List<LocalDate[]> a, List<LocalDate[]> b) {
    List<LocalDate[]> out = new ArrayList<>();
    for (LocalDate[] x : a) {
      for (LocalDate[] y : b) {
        LocalDate from = x[0].isAfter(y[0]) ? x[0] : y[0];
        LocalDate to = x[1].isBefore(y[1]) ? x[1] : y[1];
        if (!from.isAfter(to)) out.add(new LocalDate[] {from, to});
      }
    }
    out.sort((p, q) -> p[0].compareTo(q[0]));
    return out;
  }

  private static String describeTerms(List<LocalDate[]> terms) {
    List<String> parts = new ArrayList<>();
    for (LocalDate[] t : terms) parts.add(t[0] + " to " + (t[1].equals(ONGOING) ? "now" : t[1]));
    return String.join(", ", parts);
  }

  private static String folded(String phrase) {
    return Fold.fold(phrase).toLowerCase(Locale.ROOT);
  }

  private static String strip(String w, String suffix) {
    return w.endsWith(suffix) && w.length() > suffix.length() + 2 ? w.substring(0, w.length() - suffix.length()) : w;
  }
}
