package io.xinling.domain.promotion.reference;

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

    static int compare(SelectionMode mode, Scheme a, long valueA, Scheme b, long valueB) {
        int byValue = Long.compare(valueB, valueA);
        int byPriority = Integer.compare(b.priority(), a.priority());
        int first = mode == SelectionMode.BEST_FOR_CUSTOMER ? byValue : byPriority;
        if (first != 0) {
            return first;
        }
        int second = mode == SelectionMode.BEST_FOR_CUSTOMER ? byPriority : byValue;
        if (second != 0) {
            return second;
        }
        int byStart = a.campaignStart().compareTo(b.campaignStart());
        return byStart != 0 ? byStart : a.id().compareTo(b.id());
    }

    static Comparator<Candidate> candidates(SelectionMode mode) {
        return (a, b) -> compare(mode, a.scheme(), a.value(), b.scheme(), b.value());
    }
}
