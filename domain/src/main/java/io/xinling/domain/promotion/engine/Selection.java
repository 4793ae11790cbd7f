package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.SelectionMode;

import java.util.Comparator;

/**
 * The documented choice inside an exclusion group (spec 3.4). {@code BEST_FOR_CUSTOMER}: larger benefit,
 * then higher priority, earlier campaign start, lower scheme id. {@code PRIORITY_FIRST}: higher priority,
 * then larger benefit, earlier start, lower id. "Better" sorts first.
 */
final class Selection {

    private Selection() {
    }

    static int compare(SelectionMode mode, CompiledScheme a, long valueA, CompiledScheme b, long valueB) {
        int byValue = Long.compare(valueB, valueA);
        int byPriority = Integer.compare(b.priority, a.priority);
        int first = mode == SelectionMode.BEST_FOR_CUSTOMER ? byValue : byPriority;
        if (first != 0) {
            return first;
        }
        int second = mode == SelectionMode.BEST_FOR_CUSTOMER ? byPriority : byValue;
        if (second != 0) {
            return second;
        }
        return Integer.compare(a.startRank, b.startRank);
    }

    /** The last ties of {@link #compare}, earlier campaign start then lower scheme id, as one order of the schemes. */
    static final Comparator<Scheme> BY_START_THEN_ID = Comparator.comparing(Scheme::campaignStart).thenComparing(Scheme::id);

    static Comparator<Candidate> candidates(SelectionMode mode) {
        return (a, b) -> compare(mode, a.k(), a.value(), b.k(), b.value());
    }
}
