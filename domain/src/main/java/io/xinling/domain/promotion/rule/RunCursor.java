package io.xinling.domain.promotion.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the units of a pool as runs of equal price (one run per line), in price order, without ever
 * iterating per unit. Ties in price go to the lower line number.
 */
public final class RunCursor {

    private final int[] index;
    private final long[] price;
    private final long[] units;
    private final int size;
    private final int maxIndex;
    private int pos;
    private long used;
    private long remaining;

    public RunCursor(List<LineView> pool, boolean descending) {
        int n = pool.size();
        index = new int[n];
        price = new long[n];
        units = new long[n];
        int count = 0;
        int max = -1;
        for (int k = 0; k < n; k++) {
            LineView v = pool.get(k);
            if (v.units() > 0) {
                insert(count++, v.index(), v.refUnit(), v.units(), descending);
                remaining += v.units();
                max = Math.max(max, v.index());
            }
        }
        size = count;
        maxIndex = max;
    }

    /** Insertion into the sorted prefix of {@code count} runs: by price (ascending or descending), then line. */
    private void insert(int count, int i, long p, long u, boolean descending) {
        int at = count;
        while (at > 0 && before(i, p, index[at - 1], price[at - 1], descending)) {
            index[at] = index[at - 1];
            price[at] = price[at - 1];
            units[at] = units[at - 1];
            at--;
        }
        index[at] = i;
        price[at] = p;
        units[at] = u;
    }

    private static boolean before(int i, long p, int otherIndex, long otherPrice, boolean descending) {
        if (p != otherPrice) {
            return descending ? p > otherPrice : p < otherPrice;
        }
        return i < otherIndex;
    }

    public long remaining() {
        return remaining;
    }

    /** How many runs (lines with units) the pool has. */
    public int runs() {
        return size;
    }

    /** The highest line index of the runs, -1 for none. */
    public int maxIndex() {
        return maxIndex;
    }

    /** The line of the current run (only while {@link #remaining} is positive). */
    public int line() {
        return index[pos];
    }

    /** The unit price of the current run. */
    public long unitPrice() {
        return price[pos];
    }

    /** The units left in the current run. */
    public long runLeft() {
        return units[pos] - used;
    }

    /** How many takes of {@code n} units fit in the current run from here. */
    public long span(long n) {
        if (pos >= size || n == 0) {
            return Long.MAX_VALUE;
        }
        return (units[pos] - used) / n;
    }

    /** Takes {@code n} units {@code times} over, all inside the current run (see {@link #span}). */
    public List<Piece> takeRepeated(long n, long times) {
        return n == 0 ? List.of() : List.of(repeat(n, times));
    }

    /** {@link #takeRepeated} for {@code n > 0}: the one piece of {@code n} units each take is made of. */
    public Piece repeat(long n, long times) {
        Piece run = new Piece(index[pos], price[pos], n);
        used += n * times;
        remaining -= n * times;
        advance();
        return run;
    }

    /** Takes the next {@code n} units, possibly across runs. */
    public List<Piece> take(long n) {
        List<Piece> out = new ArrayList<>(2);
        long left = n;
        while (left > 0 && pos < size) {
            long k = Math.min(left, units[pos] - used);
            out.add(new Piece(index[pos], price[pos], k));
            used += k;
            remaining -= k;
            left -= k;
            advance();
        }
        return out;
    }

    /** Skips {@code n} units. */
    public void skip(long n) {
        long left = n;
        while (left > 0 && pos < size) {
            long k = Math.min(left, units[pos] - used);
            used += k;
            remaining -= k;
            left -= k;
            advance();
        }
    }

    private void advance() {
        if (pos < size && used == units[pos]) {
            pos++;
            used = 0;
        }
    }
}
