package io.xinling.domain.inventory.ledger;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The movements of one ledger version: a prefix of an append-only array shared by the versions of one
 * lineage. The version holding the longest prefix may append in place (it claims the new length with a
 * compare-and-set, since cached ledgers are shared between threads); any other version that appends copies
 * its prefix first. Elements below a version's size are never written again, and each version reaches its
 * array through a final field, so a version published to another thread reads its rows safely.
 */
final class Rows extends AbstractList<StockMovement> implements RandomAccess {

    /** The length claimed so far in an array lineage. */
    private final AtomicInteger claimed;
    private final StockMovement[] array;
    private final int size;

    private Rows(AtomicInteger claimed, StockMovement[] array, int size) {
        this.claimed = claimed;
        this.array = array;
        this.size = size;
    }

    static Rows of(List<StockMovement> rows) {
        if (rows instanceof Rows r) {
            return r;
        }
        StockMovement[] array = rows.toArray(new StockMovement[0]);
        for (StockMovement m : array) {
            Objects.requireNonNull(m, "movement");
        }
        return new Rows(new AtomicInteger(array.length), array, array.length);
    }

    /** These rows followed by {@code more}. */
    Rows append(List<StockMovement> more) {
        int n = size + more.size();
        StockMovement[] a = array;
        AtomicInteger lineage = claimed;
        if (claimed.compareAndSet(size, n)) {
            if (a.length < n) {
                a = Arrays.copyOf(a, grown(n));
            }
        } else {
            a = Arrays.copyOf(array, grown(n));
            lineage = new AtomicInteger(n);
        }
        for (int j = 0; j < more.size(); j++) {
            a[size + j] = Objects.requireNonNull(more.get(j), "movement");
        }
        return new Rows(lineage, a, n);
    }

    private static int grown(int n) {
        return Math.max(16, n + (n >> 1));
    }

    /**
     * Whether {@code earlier} is a prefix of these rows, known without comparing them: one lineage only ever
     * grows by appending (a version that is not its longest copies into a new lineage).
     */
    boolean extendsRows(Rows earlier) {
        return earlier.claimed == claimed && earlier.size <= size;
    }

    @Override
    public StockMovement get(int index) {
        Objects.checkIndex(index, size);
        return array[index];
    }

    @Override
    public int size() {
        return size;
    }
}
