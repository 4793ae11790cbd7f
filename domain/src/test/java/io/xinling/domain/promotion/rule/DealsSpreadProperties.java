package io.xinling.domain.promotion.rule;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Deals#spread} on arrays gives exactly what the TreeMap version it replaced gave (kept here as the oracle). */
class DealsSpreadProperties {

    record Input(List<DealBatch> batches, int discountKind, long price) {
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<Piece> piece = Combinators.combine(Arbitraries.integers().between(0, 12),
                Arbitraries.longs().between(0, 200_000), Arbitraries.longs().between(0, 300)).as(Piece::new);
        Arbitrary<DealBatch> batch = Combinators.combine(Arbitraries.longs().between(1, 40),
                piece.list().ofMaxSize(4), piece.list().ofMaxSize(4)).as(DealBatch::new);
        return Combinators.combine(batch.list().ofMaxSize(6), Arbitraries.integers().between(0, 2),
                Arbitraries.longs().between(0, 1_000_000)).as(Input::new);
    }

    @Property
    void spreadIsUnchanged(@ForAll("inputs") Input in) {
        ToLongFunction<DealBatch> discount = switch (in.discountKind()) {
            case 0 -> DealBatch::targetAmount;
            case 1 -> d -> d.regularAmount() - in.price();
            default -> d -> in.price();
        };
        assertThat(Deals.spread(in.batches(), discount, "basis")).isEqualTo(oldSpread(in.batches(), discount, "basis"));
    }

    /** The implementation before the array rewrite, verbatim. */
    static RuleOutcome.Benefit oldSpread(List<DealBatch> batches, ToLongFunction<DealBatch> discount, String basis) {
        Map<Integer, long[]> perLine = new TreeMap<>();
        long uses = 0;
        for (DealBatch b : batches) {
            long d = Math.min(discount.applyAsLong(b), b.regularAmount());
            if (d <= 0) {
                continue;
            }
            uses += b.times();
            Map<Integer, long[]> weights = new TreeMap<>();
            for (List<Piece> list : List.of(b.targets(), b.fillers())) {
                for (Piece p : list) {
                    long[] w = weights.computeIfAbsent(p.index(), k -> new long[2]);
                    w[0] += p.amount();
                    w[1] += p.units();
                }
            }
            long[] ws = weights.values().stream().mapToLong(w -> w[0]).toArray();
            long[] parts = Allocation.largestRemainder(d, ws);
            int k = 0;
            for (Map.Entry<Integer, long[]> e : weights.entrySet()) {
                long[] acc = perLine.computeIfAbsent(e.getKey(), x -> new long[2]);
                acc[0] += parts[k++] * b.times();
                acc[1] += e.getValue()[1] * b.times();
            }
        }
        List<LineShare> shares = new ArrayList<>();
        perLine.forEach((idx, acc) -> shares.add(LineShare.of(idx, acc[0], acc[1], basis)));
        return RuleOutcome.shares(shares, uses, basis);
    }
}
