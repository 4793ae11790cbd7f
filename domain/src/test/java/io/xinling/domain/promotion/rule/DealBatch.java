package io.xinling.domain.promotion.rule;

import java.util.List;

/**
 * For the oracles of the deal rules: {@code times} identical deals (pairs, groups, sets), the units that
 * take the benefit ({@code targets}) and the units that only qualify ({@code fillers}), as the rules cut
 * them before {@link Deals} did it in one pass.
 */
record DealBatch(long times, List<Piece> targets, List<Piece> fillers) {

    DealBatch {
        targets = List.copyOf(targets);
        fillers = List.copyOf(fillers);
    }

    long regularAmount() {
        return targetAmount() + sum(fillers);
    }

    long targetAmount() {
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
