package io.xinling.domain.promotion.engine;

import java.util.List;

/**
 * Which lines of one cart each candidate scheme's product scope covers, as one bitset row per scheme
 * of the index ({@code words} longs each), plus the candidates themselves in scheme-id order, how many
 * distinct scheme ids they have (the size of a run's per-id arrays, which {@link #id} indexes: a cart
 * reaches a few of a large index's schemes) and how many exclusion groups the index has.
 */
final class Coverage {

    final int words;
    final long[] bits;
    final List<CompiledScheme> candidates;
    /** Per scheme of the index, for the candidates: the number of its id among the candidates' ids. */
    private final int[] idOfScheme;
    final int ids;
    final int groups;

    Coverage(int words, long[] bits, List<CompiledScheme> candidates, int[] idOfScheme, int ids, int groups) {
        this.words = words;
        this.bits = bits;
        this.candidates = candidates;
        this.idOfScheme = idOfScheme;
        this.ids = ids;
        this.groups = groups;
    }

    /** A candidate's id as a number in {@code 0..ids-1} (candidates sharing an id share it). */
    int id(CompiledScheme k) {
        return idOfScheme[k.ordinal];
    }

    boolean covers(CompiledScheme k, int line) {
        return (bits[k.ordinal * words + (line >>> 6)] & (1L << line)) != 0;
    }

    /** The next covered line at or after {@code from}, or -1. */
    int next(CompiledScheme k, int from, int lines) {
        int base = k.ordinal * words;
        int w = from >>> 6;
        if (w >= words || from >= lines) {
            return -1;
        }
        long word = bits[base + w] & (-1L << from);
        while (true) {
            if (word != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(word);
                return i < lines ? i : -1;
            }
            if (++w >= words) {
                return -1;
            }
            word = bits[base + w];
        }
    }
}
