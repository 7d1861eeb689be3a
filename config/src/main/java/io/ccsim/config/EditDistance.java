package io.ccsim.config;

/**
 * The edit distance behind every "did you mean" of ccsim: scenario keys and command-line names. It is the
 * optimal-string-alignment distance (Levenshtein plus the swap of two neighbouring letters), because a swap
 * is the commonest typo: {@code rnu} is one edit from {@code run}, not two.
 */
public final class EditDistance {
  private EditDistance() {}

  /** Insertions, deletions, substitutions and swaps of neighbours that turn a into b; names are short. */
  public static int between(String a, String b) {
    int[] beforePrevious = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
        }
      }
      int[] recycled = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = recycled;
    }
    return previous[b.length()];
  }
}
