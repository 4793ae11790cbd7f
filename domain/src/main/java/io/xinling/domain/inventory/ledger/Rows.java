package io.xinling.domain.inventory.ledger;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * The movements of one ledger version, shared with the versions it grew from. A version is <em>flat</em>: a
 * prefix of an append-only array that a lineage of versions shares (the version holding its longest prefix
 * may write past it: it claims the new length with a compare-and-set, since cached ledgers are read and
 * posted on by many threads; any other version copies its prefix into a new lineage); or <em>pending</em>:
 * a flat parent and the few rows a tail post appended, written into the array only when a version is made
 * from it. So a post whose result is thrown away (a dry run, a refused or rolled-back change) claims
 * nothing, and the next post on the same ledger still appends in place. Rows below a version's size are
 * never written again and are reached through final fields or a volatile one, so every thread reads a
 * version's rows safely.
 */
final class Rows extends AbstractList<StockMovement> implements RandomAccess {

    /** A lineage's claimed length, and the array holding at least this version's rows. */
    private record Flat(AtomicInteger claimed, StockMovement[] array) {
    }

    private static final AtomicReferenceFieldUpdater<Rows, Flat> FLAT =
            AtomicReferenceFieldUpdater.newUpdater(Rows.class, Flat.class, "flat");

    private final int size;
    /**
     * Pending versions only: the flat form of the version appended to (not that version: versions never
     * hold a chain of their ancestors), its size, and what was appended.
     */
    private final Flat parent;
    private final int base;
    private final List<StockMovement> more;
    private volatile Flat flat;

    private Rows(int size, Flat parent, int base, List<StockMovement> more, Flat flat) {
        this.size = size;
        this.parent = parent;
        this.base = base;
        this.more = more;
        this.flat = flat;
    }

    static Rows of(List<StockMovement> rows) {
        if (rows instanceof Rows r) {
            return r;
        }
        StockMovement[] array = rows.toArray(new StockMovement[0]);
        for (StockMovement m : array) {
            Objects.requireNonNull(m, "movement");
        }
        return new Rows(array.length, null, 0, null, new Flat(new AtomicInteger(array.length), array));
    }

    /** These rows followed by {@code added}, sharing these. */
    Rows append(List<StockMovement> added) {
        List<StockMovement> copy = List.copyOf(added);
        return new Rows(size + copy.size(), flat(), size, copy, null);
    }

    /** This version as a flat one: a pending version writes its rows into its parent's lineage, or a copy. */
    private Flat flat() {
        Flat f = flat;
        if (f != null) {
            return f;
        }
        Flat made;
        if (parent.claimed().compareAndSet(base, size)) {
            StockMovement[] a = parent.array().length < size ? Arrays.copyOf(parent.array(), grown(size))
                    : parent.array();
            write(a);
            made = new Flat(parent.claimed(), a);
        } else {
            StockMovement[] a = Arrays.copyOf(parent.array(), grown(size));
            Arrays.fill(a, base, a.length, null);
            write(a);
            made = new Flat(new AtomicInteger(size), a);
        }
        FLAT.compareAndSet(this, null, made);
        return flat;
    }

    private void write(StockMovement[] a) {
        for (int j = 0; j < more.size(); j++) {
            a[base + j] = more.get(j);
        }
    }

    private static int grown(int n) {
        return Math.max(16, n + (n >> 1));
    }

    /**
     * Whether {@code earlier} is a prefix of these rows, known without comparing them: both are flat in one
     * lineage (a lineage only ever grows by appending), or these were appended to a version of it.
     */
    boolean extendsRows(Rows earlier) {
        if (this == earlier) {
            return true;
        }
        Flat theirs = earlier.flat;
        Flat mine = flat;
        int length = size;
        if (mine == null) {
            mine = parent;
            length = base;
        }
        return theirs != null && mine.claimed() == theirs.claimed() && earlier.size <= length;
    }

    @Override
    public StockMovement get(int index) {
        Objects.checkIndex(index, size);
        Flat f = flat;
        if (f != null) {
            return f.array()[index];
        }
        return index < base ? parent.array()[index] : more.get(index - base);
    }

    @Override
    public int size() {
        return size;
    }
}
