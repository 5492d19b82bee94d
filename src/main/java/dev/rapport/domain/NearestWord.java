package dev.rapport.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Which known word a person most likely meant by a word that is none of them: the one fewest
 * edits away (an insertion, deletion, substitution or swap of neighbours each count one), if it is
 * near enough to be a typo rather than another word — at most one edit in four letters, at least
 * one — or the one the typed word begins. Case does not count.
 */
public final class NearestWord {

    private NearestWord() {
    }

    public static Optional<String> to(String typed, Collection<String> known) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String word : known) {
            int d = distance(t, word.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = word;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(1, t.length() / 4)) {
            return Optional.of(best);
        }
        return known.stream().filter(w -> w.toLowerCase(Locale.ROOT).startsWith(t)).findFirst();
    }

    /** The optimal string alignment distance: Levenshtein's, with a swap of neighbours as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
