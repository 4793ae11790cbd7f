package io.xinling.domain.promotion.rule;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Cuts a pool into deals (spec 2.11, 2.12, 2.16) and spreads each deal's benefit over its lines by
 * reference value (GROUP_PRORATA, spec 3.7 step 4): one largest-remainder split per distinct deal,
 * multiplied by how many identical deals there are. Cutting and spreading are one pass over flat arrays:
 * a cart of single units makes one deal per few lines, so per-deal lists and pieces would be most of the work.
 */
public final class Deals {

    private Deals() {
    }

    /**
     * Consecutive deals of {@code size} units in the cursor's order, at most {@code maxDeals}; the last
     * {@code targets} units of each take the benefit. Each deal is worth {@code value} (at most its regular
     * amount), spread over its lines by reference value: one largest-remainder split per distinct deal, in
     * line order, multiplied by how many identical deals there are. Deals worth nothing are left out; the
     * units of formed deals are reported as consumed.
     */
    public static RuleOutcome.Benefit consecutive(RunCursor c, long size, long targets, long maxDeals,
                                                  ToLongFunction<Deal> value, String basis) {
        Cut cut = new Cut(c.maxIndex(), c.runs(), size, targets);
        long fillers = Math.max(0, size - targets);
        long made = 0;
        while (made < maxDeals && c.remaining() >= size) {
            long times = Math.min(c.span(size), maxDeals - made);
            cut.start();
            if (times >= 1) {
                // identical deals inside one run: its fillers and targets are the same line
                cut.piece(c.line(), c.unitPrice(), size - targets, false);
                cut.piece(c.line(), c.unitPrice(), targets, true);
                c.skip(size * times);
            } else {
                times = 1;
                long head = fillers;
                for (long left = size; left > 0 && c.remaining() > 0; ) {
                    long k = Math.min(left, c.runLeft());
                    long asFiller = Math.min(k, head);
                    cut.piece(c.line(), c.unitPrice(), asFiller, false);
                    cut.piece(c.line(), c.unitPrice(), k - asFiller, true);
                    head -= asFiller;
                    left -= k;
                    c.skip(k);
                }
            }
            cut.close(times, value);
            made += times;
        }
        return cut.spread.benefit(basis);
    }

    /**
     * {@code groups} deals whose targets are the cheapest units of the pool and whose fillers come next,
     * valued and spread as in {@link #consecutive}.
     */
    public static RuleOutcome.Benefit cheapestTargets(List<LineView> pool, long size, long targets, long groups,
                                                      ToLongFunction<Deal> value, String basis) {
        RunCursor t = new RunCursor(pool, false);
        RunCursor f = new RunCursor(pool, false);
        f.skip(groups * targets);
        Cut cut = new Cut(t.maxIndex(), t.runs(), size, targets);
        long made = 0;
        while (made < groups) {
            long times = Math.min(Math.min(t.span(targets), f.span(size - targets)), groups - made);
            if (times < 1 || times == Long.MAX_VALUE) {
                times = 1;
            }
            cut.start();
            cut.take(t, targets, times, true);
            cut.take(f, size - targets, times, false);
            cut.close(times, value);
            made += times;
        }
        return cut.spread.benefit(basis);
    }

    /**
     * Up to {@code sets} sets of {@code qty[s]} units from each cursor {@code s} (in the cursors' order), every
     * unit a target; identical sets are batched while every cursor stays within its run. Valued and spread as
     * in {@link #consecutive}.
     */
    public static RuleOutcome.Benefit sets(List<RunCursor> cursors, long[] qty, long sets, ToLongFunction<Deal> value,
                                           String basis) {
        int maxIndex = -1;
        int runs = 0;
        long size = 0;
        for (int s = 0; s < cursors.size(); s++) {
            maxIndex = Math.max(maxIndex, cursors.get(s).maxIndex());
            runs += cursors.get(s).runs();
            size += qty[s];
        }
        Cut cut = new Cut(maxIndex, runs, size, size);
        for (long made = 0; made < sets; ) {
            long times = sets - made;
            for (int s = 0; s < cursors.size(); s++) {
                times = Math.min(times, cursors.get(s).span(qty[s]));
            }
            times = Math.max(1, times);
            cut.start();
            for (int s = 0; s < cursors.size(); s++) {
                cut.take(cursors.get(s), qty[s], times, true);
            }
            cut.close(times, value);
            made += times;
        }
        return cut.spread.benefit(basis);
    }

    /** A deal being cut: its pieces go both to the {@link Deal} its rule values and to the spread of lines. */
    private static final class Cut {
        final Spread spread;
        final Deal deal;

        /** A cut of a pool of {@code runs} lines up to {@code maxIndex} into deals of {@code size} units. */
        Cut(int maxIndex, int runs, long size, long targets) {
            spread = new Spread(maxIndex + 1, runs, (int) Math.min(runs, size));
            deal = new Deal((int) Math.min(runs, targets));
        }

        void start() {
            spread.start();
            deal.clear();
        }

        /** Adds {@code units} (none is no piece) of line {@code i} at {@code unitPrice}. */
        void piece(int i, long unitPrice, long units, boolean target) {
            if (units > 0) {
                deal.add(unitPrice, units, target);
                spread.line(i, unitPrice * units, units);
            }
        }

        /**
         * Takes {@code n} units for each of {@code times} identical deals from the cursor: within its current
         * run when {@code times > 1} (the caller checked the span), else the next {@code n} units across runs.
         */
        void take(RunCursor c, long n, long times, boolean target) {
            if (times > 1 || n == 0) {
                if (n > 0) {
                    piece(c.line(), c.unitPrice(), n, target);
                    c.skip(n * times);
                }
                return;
            }
            for (long left = n; left > 0 && c.remaining() > 0; ) {
                long k = Math.min(left, c.runLeft());
                piece(c.line(), c.unitPrice(), k, target);
                left -= k;
                c.skip(k);
            }
        }

        /** Books the deal {@code times} over if its rule finds it worth something. */
        void close(long times, ToLongFunction<Deal> value) {
            long d = Math.min(value.applyAsLong(deal), deal.regularAmount());
            if (d > 0) {
                spread.book(times, d);
            }
        }
    }

    /**
     * The running totals of a spread: per line booked, its amount and units so far, in slots found by {@code bookedAt}
     * (slot + 1, 0 for none) and sized to the pool's lines rather than to the cart; the current deal's lines in slots
     * (line, weight, units) of their own, sized to the largest deal and found by a scan, as a deal has few lines.
     * The booked slots become the benefit's shares as they are, sorted into line order.
     */
    private static final class Spread {
        final int[] bookedAt;
        final int[] bookedLine;
        final long[] bookedAmount;
        final long[] bookedUnits;
        final int[] line;
        final long[] weight;
        final long[] units;
        final long[] parts;
        final long[] rem;
        int count;
        int lines;
        long uses;

        /** Lines {@code 0..size-1}, at most {@code poolLines} of them booked and {@code dealLines} in one deal. */
        Spread(int size, int poolLines, int dealLines) {
            this.bookedAt = new int[size];
            this.bookedLine = new int[poolLines];
            this.bookedAmount = new long[poolLines];
            this.bookedUnits = new long[poolLines];
            this.line = new int[dealLines];
            this.weight = new long[dealLines];
            this.units = new long[dealLines];
            this.parts = new long[dealLines];
            this.rem = new long[dealLines];
        }

        /** Starts a new deal, forgetting the lines of the last one. */
        void start() {
            count = 0;
        }

        /** Adds {@code amount} and {@code u} units of line {@code i} to the current deal. */
        void line(int i, long amount, long u) {
            int k = 0;
            while (k < count && line[k] != i) {
                k++;
            }
            if (k == count) {
                count++;
                line[k] = i;
                weight[k] = 0;
                units[k] = 0;
            }
            weight[k] += amount;
            units[k] += u;
        }

        /** Books the current deal {@code times} over, each deal worth {@code d}. */
        void book(long times, long d) {
            uses += times;
            if (count == 1) {
                // a deal on one line (the usual batch when lines hold several units) takes it all
                book(line[0], weight[0] > 0 ? d : 0, units[0], times);
                return;
            }
            sortSlots();
            Allocation.largestRemainder(d, weight, count, parts, rem);
            for (int k = 0; k < count; k++) {
                book(line[k], parts[k], units[k], times);
            }
        }

        /** The current deal's slots in line order, for the split (insertion: a deal has few lines). */
        private void sortSlots() {
            byLine(line, weight, units, count);
        }

        /** Sorts the first {@code n} entries of {@code lines} ascending by insertion, {@code a} and {@code b} alongside. */
        private static void byLine(int[] lines, long[] a, long[] b, int n) {
            for (int k = 1; k < n; k++) {
                int i = lines[k];
                long x = a[k];
                long y = b[k];
                int at = k;
                while (at > 0 && lines[at - 1] > i) {
                    lines[at] = lines[at - 1];
                    a[at] = a[at - 1];
                    b[at] = b[at - 1];
                    at--;
                }
                lines[at] = i;
                a[at] = x;
                b[at] = y;
            }
        }

        private void book(int i, long part, long u, long times) {
            int b = bookedAt[i] - 1;
            if (b < 0) {
                b = lines++;
                bookedAt[i] = b + 1;
                bookedLine[b] = i;
            }
            bookedAmount[b] += part * times;
            bookedUnits[b] += u * times;
        }

        /**
         * The accumulated shares in line order, as an immutable list from the start: the outcome keeps it
         * as it is, where an {@code ArrayList} would be copied twice over.
         */
        RuleOutcome.Benefit benefit(String basis) {
            // into line order (booked in the order the deals were cut; a pool has few lines)
            byLine(bookedLine, bookedAmount, bookedUnits, lines);
            return RuleOutcome.shares(LineShares.owning(bookedLine, bookedAmount, bookedUnits, basis, null, lines),
                    uses, basis);
        }
    }
}
