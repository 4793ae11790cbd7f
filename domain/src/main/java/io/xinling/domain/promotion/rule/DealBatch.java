package io.xinling.domain.promotion.rule;

import java.util.List;

/**
 * {@code times} identical deals (pairs, groups, sets): the units that take the benefit ({@code targets})
 * and the units that only qualify ({@code fillers}). Identical deals are batched so that cost grows with
 * lines, never with units.
 */
public record DealBatch(long times, List<Piece> targets, List<Piece> fillers) {

    public DealBatch {
        targets = List.copyOf(targets);
        fillers = List.copyOf(fillers);
    }

    public long regularAmount() {
        return targetAmount() + sum(fillers);
    }

    public long targetAmount() {
        return sum(targets);
    }

    private static long sum(List<Piece> pieces) {
        long sum = 0;
        for (int j = 0; j < pieces.size(); j++) {
            sum += pieces.get(j).amount();
        }
        return sum;
    }
}
