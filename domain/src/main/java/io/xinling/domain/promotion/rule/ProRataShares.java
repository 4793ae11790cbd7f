package io.xinling.domain.promotion.rule;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The shares of an amount spread over lines by payable ({@link Allocation#overPayables}), split only when
 * first read. Its {@link #total} is known without splitting: largest remainder hands out exactly the
 * amount whenever some line has a payable, and nothing otherwise. Unmodifiable; a pricing run reads it
 * on one thread.
 */
final class ProRataShares extends AbstractList<LineShare> implements RandomAccess {

    private final List<LineView> lines;
    private final long amount;
    private final String basis;
    private final long total;
    private List<LineShare> shares;

    ProRataShares(List<LineView> lines, long amount, String basis) {
        this.lines = FrozenList.copyOf(lines);
        this.amount = amount;
        this.basis = basis;
        long payable = 0;
        for (int j = 0; j < this.lines.size(); j++) {
            payable += this.lines.get(j).payable();
        }
        this.total = payable == 0 ? 0 : amount;
    }

    /** What the shares add up to. */
    long total() {
        return total;
    }

    private List<LineShare> shares() {
        if (shares == null) {
            shares = Allocation.splitOverPayables(lines, amount, basis);
        }
        return shares;
    }

    /** The shares in order, as {@link #get} would give them, without building them when not split yet. */
    void forEach(LineShare.Sink sink) {
        if (shares != null) {
            for (int j = 0; j < shares.size(); j++) {
                LineShare sh = shares.get(j);
                sink.accept(sh.index(), sh.amount(), sh.units(), sh.basis(), sh.points());
            }
            return;
        }
        long[] parts = Allocation.partsOverPayables(lines, amount);
        for (int j = 0; j < parts.length; j++) {
            if (parts[j] > 0) {
                LineView v = lines.get(j);
                sink.accept(v.index(), parts[j], v.lineUnits(), basis, 0);
            }
        }
    }

    @Override
    public LineShare get(int index) {
        return shares().get(index);
    }

    @Override
    public int size() {
        return shares().size();
    }
}
