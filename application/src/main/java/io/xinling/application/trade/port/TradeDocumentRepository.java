package io.xinling.application.trade.port;

import io.xinling.application.trade.TradeDocument;
import io.xinling.application.trade.TradeDraft;
import io.xinling.domain.kernel.TenantId;

import java.time.Instant;
import java.util.Optional;

/** Purchase and sales documents of a tenant. */
public interface TradeDocumentRepository {

    long create(TenantId tenant, TradeDraft draft, Instant createdAt);

    Optional<TradeDocument> find(TenantId tenant, long id);

    /** Finds and row-locks the document until the transaction ends. */
    Optional<TradeDocument> lock(TenantId tenant, long id);

    void markPosted(TenantId tenant, long id, long inventoryDocument, Optional<Long> openItem, Instant postedAt);
}
