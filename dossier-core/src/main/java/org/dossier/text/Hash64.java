package org.dossier.text;

/**
 * 64-bit hashes of strings, for the sketches the cross-document stages compare (shingles, features).
 * FNV-1a over the UTF-16 units, finished with a strong mix so that nearby strings spread over all bits;
 * stable across runs, machines and JVMs, unlike {@link String#hashCode()} based sets.
 */
public final class Hash64 {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hash64() {}

  public static long of(CharSequence s) {
    return mix(extend(FNV_OFFSET, s));
  }

  /** The hash of {@code prefix} followed by {@code s}, without building the joined string. */
  public static long of(String prefix, CharSequence s) {
    return mix(extend(extend(FNV_OFFSET, prefix), s));
  }

  /**
   * The hash of a stretch of text lower-cased as {@link String#toLowerCase(java.util.Locale) toLowerCase(Locale.ROOT)}
   * would, without building the string: character by character, but through the string where a character's lower
   * case depends on more than itself ({@link LowerCaseWords#lowerCasesAlone}).
   */
  public static long ofLowerCase(CharSequence s, int start, int end) {
    long h = FNV_OFFSET;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (!LowerCaseWords.lowerCasesAlone(c)) {
        return of(s.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT));
      }
      h ^= Character.toLowerCase(c);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  private static long extend(long h, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  /** A bijective finaliser (SplitMix64's): every input bit affects every output bit. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
