package io.xinling.domain.promotion.engine;

import java.util.List;

/**
 * Which lines of one cart each candidate scheme's product scope covers, as one bitset row per candidate
 * ({@code words} longs each), plus the candidates themselves in scheme-id order, how many
 * distinct scheme ids they have (the size of a run's per-id arrays, which {@link #id} indexes: a cart
 * reaches a few of a large index's schemes) and how many exclusion groups the index has.
 */
final class Coverage {

    final int words;
    final long[] bits;
    final List<CompiledScheme> candidates;
    /** Per scheme of the index, for the candidates: its row (its position among the candidates). */
    private final int[] rowOfScheme;
    /** Per candidate: the number of its id among the candidates' ids ({@code null}: its row, as no two share an id). */
    private final int[] idOfRow;
    final int ids;
    final int groups;

    Coverage(int words, long[] bits, List<CompiledScheme> candidates, int[] rowOfScheme, int[] idOfRow, int ids,
             int groups) {
        this.words = words;
        this.bits = bits;
        this.candidates = candidates;
        this.rowOfScheme = rowOfScheme;
        this.idOfRow = idOfRow;
        this.ids = ids;
        this.groups = groups;
    }

    /** A candidate's id as a number in {@code 0..ids-1} (candidates sharing an id share it). */
    int id(CompiledScheme k) {
        int row = rowOfScheme[k.ordinal];
        return idOfRow == null ? row : idOfRow[row];
    }

    /** The first word of a candidate's row: the lines it covers among the first 64. */
    long firstWord(CompiledScheme k) {
        return bits[rowOfScheme[k.ordinal] * words];
    }

    boolean covers(CompiledScheme k, int line) {
        return (bits[rowOfScheme[k.ordinal] * words + (line >>> 6)] & (1L << line)) != 0;
    }

    /** The next covered line at or after {@code from}, or -1. */
    int next(CompiledScheme k, int from, int lines) {
        int base = rowOfScheme[k.ordinal] * words;
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
