package io.xinling.domain.promotion.engine;

import java.util.List;

/**
 * Which lines of one cart each candidate scheme's product scope covers, as one bitset row per scheme
 * of the index ({@code words} longs each), plus the candidates themselves in scheme-id order and how
 * many distinct scheme ids and exclusion groups the index has (the sizes of per-id and per-group arrays).
 */
final class Coverage {

    final int words;
    final long[] bits;
    final List<CompiledScheme> candidates;
    final int ids;
    final int groups;

    Coverage(int words, long[] bits, List<CompiledScheme> candidates, int ids, int groups) {
        this.words = words;
        this.bits = bits;
        this.candidates = candidates;
        this.ids = ids;
        this.groups = groups;
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
