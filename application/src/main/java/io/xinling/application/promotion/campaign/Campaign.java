package io.xinling.application.promotion.campaign;

import io.xinling.domain.promotion.lifecycle.SchemeStatus;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign (促销活动): a name, a window in the stores' local time, the stores and channels it runs in,
 * a status on the same machine as its schemes (spec 3.1), and the ids of the schemes it groups.
 */
public record Campaign(String id, String name, Optional<LocalDateTime> start, Optional<LocalDateTime> end,
                       Set<String> stores, Set<String> channels, SchemeStatus status, List<String> schemeIds,
                       Instant updatedAt) {

    public Campaign {
        stores = Set.copyOf(stores);
        channels = Set.copyOf(channels);
        schemeIds = List.copyOf(schemeIds);
    }

    public Campaign withStatus(SchemeStatus next, Instant at) {
        return new Campaign(id, name, start, end, stores, channels, next, schemeIds, at);
    }

    public Campaign withSchemes(List<String> ids) {
        return new Campaign(id, name, start, end, stores, channels, status, ids, updatedAt);
    }
}
