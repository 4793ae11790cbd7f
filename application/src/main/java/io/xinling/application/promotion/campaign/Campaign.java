package io.xinling.application.promotion.campaign;

import io.xinling.domain.promotion.lifecycle.SchemeStatus;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign (促销活动): a name, a window in the stores' local time, the stores and channels it runs in,
 * a status on the same machine as its schemes (spec 3.1), the ids of the schemes it groups, and its budgets
 * (spec 3.11): the money all its schemes may give away together, in minor units, and the number of orders that
 * may use any of them (empty: unlimited).
 */
public record Campaign(String id, String name, Optional<LocalDateTime> start, Optional<LocalDateTime> end,
                       Set<String> stores, Set<String> channels, SchemeStatus status, List<String> schemeIds,
                       Optional<Long> budgetMinor, Optional<Long> budgetOrders, Instant updatedAt) {

    public Campaign {
        stores = Set.copyOf(stores);
        channels = Set.copyOf(channels);
        schemeIds = List.copyOf(schemeIds);
        if (budgetMinor.orElse(0L) < 0 || budgetOrders.orElse(0L) < 0) {
            throw new IllegalArgumentException("a campaign budget is not negative");
        }
    }

    public Campaign withStatus(SchemeStatus next, Instant at) {
        return new Campaign(id, name, start, end, stores, channels, next, schemeIds, budgetMinor, budgetOrders, at);
    }

    public Campaign withSchemes(List<String> ids) {
        return new Campaign(id, name, start, end, stores, channels, status, ids, budgetMinor, budgetOrders, updatedAt);
    }
}
