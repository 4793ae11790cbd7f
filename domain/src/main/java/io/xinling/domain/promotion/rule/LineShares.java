package io.xinling.domain.promotion.rule;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Shares of a benefit held as flat arrays (line, amount, units, basis; no points), as the item rules and the
 * deal cutting build them: a {@link LineShare} is made only when a share is read as one ({@link #get}). The
 * engine reads them field by field through {@link #index}, {@link #amount} and {@link #units}, which take any
 * list of shares. Unmodifiable; the builder hands its arrays over and never writes to them again.
 */
public final class LineShares extends AbstractList<LineShare> implements RandomAccess {

    private final int[] index;
    private final long[] amount;
    private final long[] units;
    /** The basis of every share, unless {@code bases} has one per share. */
    private final String basis;
    private final String[] bases;
    private final int size;

    private LineShares(int[] index, long[] amount, long[] units, String basis, String[] bases, int size) {
        this.index = index;
        this.amount = amount;
        this.units = units;
        this.basis = basis;
        this.bases = bases;
        this.size = size;
    }

    /**
     * The first {@code size} shares of the arrays, each on basis {@code bases[j]}, or {@code basis} when
     * {@code bases} is {@code null}. The caller gives the arrays up.
     */
    static List<LineShare> owning(int[] index, long[] amount, long[] units, String basis, String[] bases, int size) {
        if (size < 0 || size > index.length || size > amount.length || size > units.length
                || bases != null && size > bases.length) {
            throw new IllegalArgumentException("size " + size + " outside the arrays");
        }
        for (int j = 0; j < size; j++) {
            if (amount[j] < 0 || units[j] < 0) {
                throw new IllegalArgumentException("a share must not be negative");
            }
        }
        return size == 0 ? FrozenList.empty() : new LineShares(index, amount, units, basis, bases, size);
    }

    /** The line of share {@code j} of {@code shares}. */
    public static int index(List<LineShare> shares, int j) {
        if (shares instanceof LineShares s) {
            s.check(j);
            return s.index[j];
        }
        return shares.get(j).index();
    }

    /** The amount of share {@code j} of {@code shares}. */
    public static long amount(List<LineShare> shares, int j) {
        if (shares instanceof LineShares s) {
            s.check(j);
            return s.amount[j];
        }
        return shares.get(j).amount();
    }

    /** The units of share {@code j} of {@code shares}. */
    public static long units(List<LineShare> shares, int j) {
        if (shares instanceof LineShares s) {
            s.check(j);
            return s.units[j];
        }
        return shares.get(j).units();
    }

    /** The basis of share {@code j} of {@code shares}. */
    public static String basis(List<LineShare> shares, int j) {
        return shares instanceof LineShares s ? s.basisAt(j) : shares.get(j).basis();
    }

    private void check(int j) {
        if (j < 0 || j >= size) {
            throw new IndexOutOfBoundsException("index " + j + " of " + size);
        }
    }

    private String basisAt(int j) {
        check(j);
        return bases == null ? basis : bases[j];
    }

    /** Σ amount. */
    long total() {
        long sum = 0;
        for (int j = 0; j < size; j++) {
            sum += amount[j];
        }
        return sum;
    }

    /** Hands each share to {@code sink}, in order, without building it. */
    void forEach(LineShare.Sink sink) {
        for (int j = 0; j < size; j++) {
            sink.accept(index[j], amount[j], units[j], bases == null ? basis : bases[j], 0);
        }
    }

    @Override
    public LineShare get(int j) {
        check(j);
        return new LineShare(index[j], amount[j], units[j], bases == null ? basis : bases[j], 0);
    }

    @Override
    public int size() {
        return size;
    }
}
