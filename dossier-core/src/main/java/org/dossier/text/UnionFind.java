package org.dossier.text;

/**
 * Disjoint sets over 0..n-1 with path halving; the root of a set is its smallest member, so the result
 * does not depend on the order of the unions.
 */
public final class UnionFind {
  private final int[] parent;

  public UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
  }

  public int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  public void union(int i, int j) {
    int a = find(i);
    int b = find(j);
    if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
  }
}
