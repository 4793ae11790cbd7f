package io.xinling.application.promotion.port;

import io.xinling.application.promotion.pricechange.PriceChange;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Promotional price-change documents with their lines. */
public interface PriceChangeRepository {

    /** Saves a new document and returns it with its id. */
    PriceChange insert(TenantId tenant, PriceChange change);

    void updateStatus(TenantId tenant, PriceChange change);

    Optional<PriceChange> find(TenantId tenant, long id);

    Optional<PriceChange> lock(TenantId tenant, long id);

    /** Approved documents whose window covers {@code at}. */
    List<PriceChange> effectiveAt(TenantId tenant, LocalDateTime at);

    /** Every document, newest first, at most {@code limit}. */
    List<PriceChange> list(TenantId tenant, int limit);
}
