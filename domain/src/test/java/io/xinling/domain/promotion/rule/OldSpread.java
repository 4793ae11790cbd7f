package io.xinling.domain.promotion.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * The oracle of the deal rules' spreading: deals cut into {@link DealBatch} lists and spread with TreeMaps,
 * as the engine did before cutting and spreading became one pass over arrays ({@link Deals}). Used by
 * {@link DealsCutProperties} and {@link GroupRuleProperties}.
 */
final class OldSpread {

    private OldSpread() {
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
