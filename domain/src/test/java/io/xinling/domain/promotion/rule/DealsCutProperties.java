package io.xinling.domain.promotion.rule;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Deals#consecutive} and {@link Deals#cheapestTargets}, which cut and spread in one pass over arrays,
 * give exactly what cutting into {@link DealBatch} lists and spreading them gave (that code is kept here
 * verbatim as the oracle, spread by the TreeMap oracle {@link OldSpread}).
 */
class DealsCutProperties {

    record Input(List<LineView> pool, long size, long targets, long maxDeals, boolean descending, int valueKind,
                 long price) {
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<long[]> line = Combinators.combine(Arbitraries.longs().between(0, 200_000),
                Arbitraries.oneOf(Arbitraries.longs().between(0, 4), Arbitraries.longs().between(0, 40),
                        Arbitraries.longs().between(0, 1_000_000))).as((p, u) -> new long[] {p, u});
        Arbitrary<List<LineView>> pool = line.list().ofMaxSize(14).map(DealsCutProperties::pool);
        Arbitrary<long[]> shape = Combinators.combine(Arbitraries.longs().between(1, 7), Arbitraries.longs().between(1, 7))
                .as((a, b) -> new long[] {a + b - 1, Math.min(a, b)});
        Arbitrary<Long> maxDeals = Arbitraries.oneOf(Arbitraries.longs().between(0, 60), Arbitraries.just(Long.MAX_VALUE));
        return Combinators.combine(pool, shape, maxDeals, Arbitraries.of(true, false), Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(0, 2_000_000)).as((p, s, m, d, v, pr) -> new Input(p, s[0], s[1], m, d, v, pr));
    }

    /** Lines 0, 2, 4, ... (gaps as in a scheme's pool) with a reference unit price and units each. */
    private static List<LineView> pool(List<long[]> lines) {
        List<LineView> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            long p = lines.get(k)[0];
            long u = lines.get(k)[1];
            out.add(new LineView(2 * k, null, u, p * u, p * u, p, p, 0, false, u));
        }
        return out;
    }

    @Property
    void consecutiveIsUnchanged(@ForAll("inputs") Input in) {
        long size = in.size();
        RuleOutcome.Benefit now = Deals.consecutive(new RunCursor(in.pool(), in.descending()), size, in.targets(),
                in.maxDeals(), value(in), "basis");
        List<DealBatch> deals = oldConsecutive(new OldRunCursor(in.pool(), in.descending()), size, in.targets(),
                in.maxDeals());
        assertThat(now).isEqualTo(OldSpread.oldSpread(deals, oldValue(in), "basis"));
    }

    @Property
    void cheapestTargetsIsUnchanged(@ForAll("inputs") Input in) {
        long total = in.pool().stream().mapToLong(LineView::units).sum();
        long groups = Math.min(total / in.size(), in.maxDeals());
        RuleOutcome.Benefit now = Deals.cheapestTargets(in.pool(), in.size(), in.targets(), groups, value(in), "basis");
        List<DealBatch> deals = oldCheapestTargets(in.pool(), in.size(), in.targets(), groups);
        assertThat(now).isEqualTo(OldSpread.oldSpread(deals, oldValue(in), "basis"));
    }

    /** The value functions of the rules: 买N送M, N元任选, 第N件 (per target piece), and a flat amount. */
    private static ToLongFunction<Deal> value(Input in) {
        ItemBenefit rate = ItemBenefit.payRate(in.price() % (Amounts.BP + 1));
        return switch (in.valueKind()) {
            case 0 -> Deal::targetAmount;
            case 1 -> d -> d.regularAmount() - in.price();
            case 2 -> d -> d.overTargets(rate::discount);
            default -> d -> in.price();
        };
    }

    private static ToLongFunction<DealBatch> oldValue(Input in) {
        ItemBenefit rate = ItemBenefit.payRate(in.price() % (Amounts.BP + 1));
        return switch (in.valueKind()) {
            case 0 -> DealBatch::targetAmount;
            case 1 -> d -> d.regularAmount() - in.price();
            case 2 -> d -> {
                long sum = 0;
                for (Piece p : d.targets()) {
                    sum += rate.discount(p.unitPrice(), p.units(), p.amount());
                }
                return sum;
            };
            default -> d -> in.price();
        };
    }

    // ---- the list-based cutting it replaced, verbatim ----

    static List<DealBatch> oldConsecutive(OldRunCursor c, long size, long targets, long maxDeals) {
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

    static List<DealBatch> oldCheapestTargets(List<LineView> pool, long size, long targets, long groups) {
        OldRunCursor t = new OldRunCursor(pool, false);
        OldRunCursor f = new OldRunCursor(pool, false);
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

    /** The run cursor as it was, with its list-returning takes. */
    static final class OldRunCursor {

        private final int[] index;
        private final long[] price;
        private final long[] units;
        private final int size;
        private int pos;
        private long used;
        private long remaining;

        OldRunCursor(List<LineView> pool, boolean descending) {
            int n = pool.size();
            index = new int[n];
            price = new long[n];
            units = new long[n];
            int count = 0;
            for (int k = 0; k < n; k++) {
                LineView v = pool.get(k);
                if (v.units() > 0) {
                    insert(count++, v.index(), v.refUnit(), v.units(), descending);
                    remaining += v.units();
                }
            }
            size = count;
        }

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

        long remaining() {
            return remaining;
        }

        long span(long n) {
            if (pos >= size || n == 0) {
                return Long.MAX_VALUE;
            }
            return (units[pos] - used) / n;
        }

        List<Piece> takeRepeated(long n, long times) {
            return n == 0 ? List.of() : List.of(repeat(n, times));
        }

        Piece repeat(long n, long times) {
            Piece run = new Piece(index[pos], price[pos], n);
            used += n * times;
            remaining -= n * times;
            advance();
            return run;
        }

        List<Piece> take(long n) {
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

        void skip(long n) {
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
}
