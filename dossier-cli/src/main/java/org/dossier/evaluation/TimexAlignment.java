package org.dossier.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Span;

/**
 * One-to-one pairing of gold and system expressions of one document.
 *
 * <p>By span: pairs with identical offsets are fixed first (the strict matches); the remaining expressions
 * are then paired by any character overlap, as many pairs as possible (a maximum bipartite matching; among
 * equal choices the larger overlap first). A gold expression is thus matched at most once and so is a
 * system one: two system expressions inside one gold one give one match and one spurious expression.
 *
 * <p>By surface (gold without offsets): a gold text pairs with a system expression whose surface equals it
 * first, then with one that contains it or lies inside it, compared case-insensitively with blanks
 * collapsed, again one-to-one and as many as possible.
 */
public final class TimexAlignment {
  /**
   * @param gold   index into the gold list
   * @param system index into the system list
   * @param exact  identical offsets (by span) or identical text (by surface)
   */
  public record Pair(int gold, int system, boolean exact) {}

  /** The pairs (by gold index), the gold expressions left unmatched and the system ones left unmatched. */
  public record Result(List<Pair> pairs, List<Integer> missed, List<Integer> spurious) {}

  private TimexAlignment() {}

  public static Result bySpan(List<Span> gold, List<Span> system) {
    return align(gold.size(), system.size(),
        (g, s) -> gold.get(g).equals(system.get(s)),
        (g, s) -> overlap(gold.get(g), system.get(s)));
  }

  public static Result bySurface(List<String> gold, List<String> system) {
    List<String> g = gold.stream().map(TimexAlignment::fold).toList();
    List<String> s = system.stream().map(TimexAlignment::fold).toList();
    return align(g.size(), s.size(),
        (a, b) -> !g.get(a).isEmpty() && g.get(a).equals(s.get(b)),
        (a, b) -> {
          String x = g.get(a);
          String y = s.get(b);
          if (x.isEmpty() || y.isEmpty()) return 0;
          return x.contains(y) ? y.length() : y.contains(x) ? x.length() : 0;
        });
  }

  /** Characters two spans share. */
  public static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  private interface Exact { boolean test(int gold, int system); }

  private interface Weight { int of(int gold, int system); }

  private static Result align(int ng, int ns, Exact exact, Weight weight) {
    int[] goldTo = new int[ng];
    int[] systemTo = new int[ns];
    Arrays.fill(goldTo, -1);
    Arrays.fill(systemTo, -1);
    boolean[] exactPair = new boolean[ng];
    for (int g = 0; g < ng; g++) {
      for (int s = 0; s < ns; s++) {
        if (systemTo[s] < 0 && exact.test(g, s)) {
          goldTo[g] = s;
          systemTo[s] = g;
          exactPair[g] = true;
          break;
        }
      }
    }
    // Candidate partners of each remaining gold expression, larger overlap first, then text order.
    List<int[]> candidates = new ArrayList<>(ng);
    for (int g = 0; g < ng; g++) {
      List<int[]> c = new ArrayList<>();
      if (goldTo[g] < 0) {
        for (int s = 0; s < ns; s++) {
          if (systemTo[s] >= 0 && exactPair[systemTo[s]]) continue;
          int w = weight.of(g, s);
          if (w > 0) c.add(new int[] {s, w});
        }
        c.sort(Comparator.comparingInt((int[] x) -> -x[1]).thenComparingInt(x -> x[0]));
      }
      candidates.add(c.stream().mapToInt(x -> x[0]).toArray());
    }
    for (int g = 0; g < ng; g++) {
      if (goldTo[g] < 0 && candidates.get(g).length > 0) {
        augment(g, candidates, goldTo, systemTo, new boolean[ns]);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    List<Integer> missed = new ArrayList<>();
    List<Integer> spurious = new ArrayList<>();
    for (int g = 0; g < ng; g++) {
      if (goldTo[g] >= 0) pairs.add(new Pair(g, goldTo[g], exactPair[g]));
      else missed.add(g);
    }
    for (int s = 0; s < ns; s++) {
      if (systemTo[s] < 0) spurious.add(s);
    }
    return new Result(pairs, missed, spurious);
  }

  /** Kuhn's augmenting path from gold {@code g}; never touches the fixed exact pairs. */
  private static boolean augment(int g, List<int[]> candidates, int[] goldTo, int[] systemTo, boolean[] seen) {
    for (int s : candidates.get(g)) {
      if (seen[s]) continue;
      seen[s] = true;
      if (systemTo[s] < 0 || augment(systemTo[s], candidates, goldTo, systemTo, seen)) {
        goldTo[g] = s;
        systemTo[s] = g;
        return true;
      }
    }
    return false;
  }

  private static String fold(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
