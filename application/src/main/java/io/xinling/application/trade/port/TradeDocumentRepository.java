package io.xinling.application.trade.port;

import io.xinling.application.trade.TradeDocument;
import io.xinling.application.trade.TradeDraft;
import io.xinling.application.trade.TradeStatus;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Purchase and sales documents of a tenant. */
public interface TradeDocumentRepository {

    long create(TenantId tenant, TradeDraft draft, Instant createdAt);

    Optional<TradeDocument> find(TenantId tenant, long id);

    /** Finds and row-locks the document until the transaction ends. */
    Optional<TradeDocument> lock(TenantId tenant, long id);

    /** The customer's sales orders that are approved or partially delivered. */
    List<TradeDocument> openSalesOrders(TenantId tenant, PartnerId customer);

    void setStatus(TenantId tenant, long id, TradeStatus status);

    /** How much of each line of an order has been delivered or received, in the line's unit, in line order. */
    List<Quantity> fulfilled(TenantId tenant, long order);

    void addFulfilled(TenantId tenant, long order, int line, Quantity quantity);

    void markPosted(TenantId tenant, long id, long inventoryDocument, Optional<Long> openItem, Instant postedAt);
}
