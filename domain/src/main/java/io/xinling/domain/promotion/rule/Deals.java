package io.xinling.domain.promotion.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Cuts a pool into deals (spec 2.11, 2.12, 2.16) and spreads each deal's benefit over its lines by
 * reference value (GROUP_PRORATA, spec 3.7 step 4): one largest-remainder split per distinct deal,
 * multiplied by how many identical deals there are.
 */
public final class Deals {

    private Deals() {
    }

    /** Consecutive deals of {@code size} units; the last {@code targets} units of each take the benefit. */
    public static List<DealBatch> consecutive(RunCursor c, long size, long targets, long maxDeals) {
        List<DealBatch> out = new ArrayList<>();
        long made = 0;
        while (made < maxDeals && c.remaining() >= size) {
            long times = Math.min(c.span(size), maxDeals - made);
            if (times >= 1) {
                Piece p = c.repeat(size, times);
                out.add(new DealBatch(times, List.of(new Piece(p.index(), p.unitPrice(), targets)),
                        List.of(new Piece(p.index(), p.unitPrice(), size - targets))));
            } else {
                times = 1;
                List<Piece> pieces = c.take(size);
                out.add(new DealBatch(1, tail(pieces, targets, true), tail(pieces, targets, false)));
            }
            made += times;
        }
        return out;
    }

    /** {@code groups} deals whose targets are the cheapest units of the pool and whose fillers come next. */
    public static List<DealBatch> cheapestTargets(List<LineView> pool, long size, long targets, long groups) {
        RunCursor t = new RunCursor(pool, false);
        RunCursor f = new RunCursor(pool, false);
        f.skip(groups * targets);
        List<DealBatch> out = new ArrayList<>();
        long made = 0;
        while (made < groups) {
            long times = Math.min(Math.min(t.span(targets), f.span(size - targets)), groups - made);
            if (times >= 1 && times != Long.MAX_VALUE) {
                out.add(new DealBatch(times, t.takeRepeated(targets, times), f.takeRepeated(size - targets, times)));
            } else {
                times = 1;
                out.add(new DealBatch(1, t.take(targets), f.take(size - targets)));
            }
            made += times;
        }
        return out;
    }

    private static List<Piece> tail(List<Piece> pieces, long tail, boolean wantTail) {
        long total = 0;
        for (int j = 0; j < pieces.size(); j++) {
            total += pieces.get(j).units();
        }
        if (tail >= total) {
            return wantTail ? pieces : List.of();
        }
        long headUnits = total - tail;
        List<Piece> out = new ArrayList<>(pieces.size());
        long seen = 0;
        for (int j = 0; j < pieces.size(); j++) {
            Piece p = pieces.get(j);
            long inHead = Math.max(0, Math.min(p.units(), headUnits - seen));
            long k = wantTail ? p.units() - inHead : inHead;
            if (k > 0) {
                out.add(new Piece(p.index(), p.unitPrice(), k));
            }
            seen += p.units();
        }
        return out;
    }

    /**
     * Spreads each batch's per-deal discount ({@code discount}, at most the deal's regular amount) over
     * its lines; deals worth nothing are left out. Units of formed deals are reported as consumed. Lines
     * come out in index order, each deal split by largest remainder over its lines in index order.
     */
    public static RuleOutcome.Benefit spread(List<DealBatch> batches, ToLongFunction<DealBatch> discount, String basis) {
        int max = -1;
        for (int j = 0; j < batches.size(); j++) {
            DealBatch b = batches.get(j);
            max = Math.max(max, maxIndex(b.targets()));
            max = Math.max(max, maxIndex(b.fillers()));
        }
        Spread spread = new Spread(max + 1);
        long uses = 0;
        for (int j = 0; j < batches.size(); j++) {
            DealBatch b = batches.get(j);
            long d = Math.min(discount.applyAsLong(b), b.regularAmount());
            if (d > 0) {
                uses += b.times();
                spread.add(b, d);
            }
        }
        return RuleOutcome.shares(shares(spread.acc, spread.present, basis), uses, basis);
    }

    /**
     * The running totals of {@link #spread}, in flat arrays reused across batches: per line the amount and units
     * so far, then the current batch's weight and units ({@code acc}); the lines of the current batch in the
     * second half of {@code seen}, marked by batch number in its first half.
     */
    private static final class Spread {
        final int size;
        final long[] acc;
        final int[] seen;
        final boolean[] present;
        int batchNo;
        long[] ws;
        long[] parts;
        long[] rem;

        Spread(int size) {
            this.size = size;
            this.acc = new long[4 * size];
            this.seen = new int[2 * size];
            this.present = new boolean[size];
        }

        /** Adds a batch whose deals are each worth {@code d}. */
        void add(DealBatch b, long d) {
            batchNo++;
            int count = collect(b.fillers(), collect(b.targets(), 0));
            if (count == 1) {
                // a deal on one line (the usual batch when lines hold several units) takes it all
                int i = seen[size];
                book(i, acc[2 * size + i] > 0 ? d : 0, b.times());
                return;
            }
            if (ws == null) {
                ws = new long[size];
                parts = new long[size];
                rem = new long[size];
            }
            java.util.Arrays.sort(seen, size, size + count);
            for (int k = 0; k < count; k++) {
                ws[k] = acc[2 * size + seen[size + k]];
            }
            Allocation.largestRemainder(d, ws, count, parts, rem);
            for (int k = 0; k < count; k++) {
                book(seen[size + k], parts[k], b.times());
            }
        }

        /** Sums the pieces into the current batch's weight and units per line; returns the batch's line count. */
        private int collect(List<Piece> pieces, int count) {
            for (int q = 0; q < pieces.size(); q++) {
                Piece p = pieces.get(q);
                int i = p.index();
                if (seen[i] != batchNo) {
                    seen[i] = batchNo;
                    acc[2 * size + i] = 0;
                    acc[3 * size + i] = 0;
                    seen[size + count++] = i;
                }
                acc[2 * size + i] += p.amount();
                acc[3 * size + i] += p.units();
            }
            return count;
        }

        private void book(int i, long part, long times) {
            acc[i] += part * times;
            acc[size + i] += acc[3 * size + i] * times;
            present[i] = true;
        }
    }

    /** The accumulated shares in line order ({@code acc}: per line the amount, then the units). */
    private static List<LineShare> shares(long[] acc, boolean[] present, String basis) {
        int size = present.length;
        List<LineShare> shares = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (present[i]) {
                shares.add(LineShare.of(i, acc[i], acc[size + i], basis));
            }
        }
        return shares;
    }

    private static int maxIndex(List<Piece> pieces) {
        int max = -1;
        for (int j = 0; j < pieces.size(); j++) {
            max = Math.max(max, pieces.get(j).index());
        }
        return max;
    }
}
