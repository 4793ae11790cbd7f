package io.xinling.domain.promotion.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks the units of a pool as runs of equal price (one run per line), in price order, without ever
 * iterating per unit. Ties in price go to the lower line number.
 */
public final class RunCursor {

    private final List<Piece> runs;
    private int pos;
    private long used;

    public RunCursor(List<LineView> pool, boolean descending) {
        runs = new ArrayList<>();
        for (LineView v : pool) {
            if (v.units() > 0) {
                runs.add(new Piece(v.index(), v.refUnit(), v.units()));
            }
        }
        Comparator<Piece> byPrice = Comparator.comparingLong(Piece::unitPrice);
        runs.sort((descending ? byPrice.reversed() : byPrice).thenComparingInt(Piece::index));
    }

    public long remaining() {
        long sum = -used;
        for (int i = pos; i < runs.size(); i++) {
            sum += runs.get(i).units();
        }
        return sum;
    }

    /** How many takes of {@code n} units fit in the current run from here. */
    public long span(long n) {
        if (pos >= runs.size() || n == 0) {
            return Long.MAX_VALUE;
        }
        return (runs.get(pos).units() - used) / n;
    }

    /** Takes {@code n} units {@code times} over, all inside the current run (see {@link #span}). */
    public List<Piece> takeRepeated(long n, long times) {
        if (n == 0) {
            return List.of();
        }
        Piece run = runs.get(pos);
        used += n * times;
        advance();
        return List.of(new Piece(run.index(), run.unitPrice(), n));
    }

    /** Takes the next {@code n} units, possibly across runs. */
    public List<Piece> take(long n) {
        List<Piece> out = new ArrayList<>();
        long left = n;
        while (left > 0 && pos < runs.size()) {
            Piece run = runs.get(pos);
            long k = Math.min(left, run.units() - used);
            out.add(new Piece(run.index(), run.unitPrice(), k));
            used += k;
            left -= k;
            advance();
        }
        return out;
    }

    /** Skips {@code n} units. */
    public void skip(long n) {
        take(n);
    }

    private void advance() {
        if (pos < runs.size() && used == runs.get(pos).units()) {
            pos++;
            used = 0;
        }
    }
}
