package io.xinling.domain.promotion.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the units of a pool as runs of equal price (one run per line), in price order, without ever
 * iterating per unit. Ties in price go to the lower line number. It keeps only the order of the pool's
 * lines and reads prices and units from the views themselves, so the pool must not change under it.
 */
public final class RunCursor {

    private final List<LineView> pool;
    private final int[] order;
    private final int size;
    private final int maxIndex;
    private int pos;
    private LineView run;
    private long used;
    private long remaining;

    public RunCursor(List<LineView> pool, boolean descending) {
        this.pool = pool;
        int n = pool.size();
        order = new int[n];
        long[] price = new long[n];
        int count = 0;
        int max = -1;
        for (int k = 0; k < n; k++) {
            LineView v = pool.get(k);
            price[k] = v.refUnit();
            if (v.units() > 0) {
                insert(count++, k, price, descending);
                remaining += v.units();
                max = Math.max(max, v.index());
            }
        }
        size = count;
        maxIndex = max;
        run = size > 0 ? pool.get(order[0]) : null;
    }

    /**
     * Insertion of pool position {@code k} into the sorted prefix of {@code count} runs: by price, then line.
     * Prices are read from {@code price} (by pool position) so that the shifting loop stays in two arrays.
     */
    private void insert(int count, int k, long[] price, boolean descending) {
        long p = price[k];
        int at = count;
        while (at > 0 && before(p, k, price[order[at - 1]], order[at - 1], descending)) {
            order[at] = order[at - 1];
            at--;
        }
        order[at] = k;
    }

    private boolean before(long p, int k, long otherPrice, int other, boolean descending) {
        if (p != otherPrice) {
            return descending ? p > otherPrice : p < otherPrice;
        }
        return pool.get(k).index() < pool.get(other).index();
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
        return run.index();
    }

    /** The unit price of the current run. */
    public long unitPrice() {
        return run.refUnit();
    }

    /** The units left in the current run. */
    public long runLeft() {
        return run.units() - used;
    }

    /** How many takes of {@code n} units fit in the current run from here. */
    public long span(long n) {
        if (pos >= size || n == 0) {
            return Long.MAX_VALUE;
        }
        long left = runLeft();
        return left < n ? 0 : left / n;
    }

    /** Takes the next {@code n} units, possibly across runs. */
    public List<Piece> take(long n) {
        List<Piece> out = new ArrayList<>(2);
        long left = n;
        while (left > 0 && pos < size) {
            long k = Math.min(left, runLeft());
            out.add(new Piece(line(), unitPrice(), k));
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
            long k = Math.min(left, runLeft());
            used += k;
            remaining -= k;
            left -= k;
            advance();
        }
    }

    private void advance() {
        if (pos < size && used == run.units()) {
            pos++;
            used = 0;
            run = pos < size ? pool.get(order[pos]) : null;
        }
    }
}
