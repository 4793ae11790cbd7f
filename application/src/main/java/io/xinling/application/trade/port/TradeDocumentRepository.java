package io.xinling.application.trade.port;

import io.xinling.application.trade.TradeDocument;
import io.xinling.application.trade.TradeDraft;
import io.xinling.application.trade.TradeKind;
import io.xinling.application.trade.TradePage;
import io.xinling.application.trade.TradeQuery;
import io.xinling.application.trade.TradeReminders;
import io.xinling.application.trade.TradeStatus;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Purchase and sales documents of a tenant. */
public interface TradeDocumentRepository {

    long create(TenantId tenant, TradeDraft draft, Instant createdAt);

    /**
     * {@link #create}, returning the document as stored: no other transaction sees it before the caller's commits, so
     * the caller holds it as {@link #lock} would.
     */
    TradeDocument createHeld(TenantId tenant, TradeDraft draft, Instant createdAt);

    /** Replaces the header and lines of a draft (the caller holds its lock). */
    void update(TenantId tenant, long id, TradeDraft draft);

    Optional<TradeDocument> find(TenantId tenant, long id);

    /** Finds and row-locks the document until the transaction ends. */
    Optional<TradeDocument> lock(TenantId tenant, long id);

    /** The customer's sales orders that are approved or partially delivered. */
    List<TradeDocument> openSalesOrders(TenantId tenant, PartnerId customer);

    void setStatus(TenantId tenant, long id, TradeStatus status);

    /** How much of each line of an order has been delivered or received, in the line's unit, in line order. */
    List<Quantity> fulfilled(TenantId tenant, long order);

    /** Adds to (or, negative, takes from) the fulfilled quantity of an order line. */
    void addFulfilled(TenantId tenant, long order, int line, Quantity quantity);

    /** Marks a document posted with its inventory document, open item and gross (what it waits to be invoiced for). */
    void markPosted(TenantId tenant, long id, long inventoryDocument, Optional<Long> openItem, Money gross, Instant postedAt);

    /** Marks a document cancelled, with the counter item that took its open item off the partner's account. */
    void markCancelled(TenantId tenant, long id, Optional<Long> reversalItem, Instant cancelledAt);

    /** The posted returns that refer to {@code source} (a delivery or a receipt), by id. */
    List<TradeDocument> postedReturnsOf(TenantId tenant, long source);

    TradePage<TradeDocument> list(TenantId tenant, TradeQuery query);

    /** The documents of these kinds in these statuses, oldest first, at most {@code limit}, with their count. */
    TradeReminders.Waiting waiting(TenantId tenant, Set<TradeKind> kinds, Set<TradeStatus> statuses, int limit);

    /** Posted documents of these kinds invoiced below their gross, oldest first, at most {@code limit}, with their count. */
    TradeReminders.Waiting toInvoice(TenantId tenant, Set<TradeKind> kinds, int limit);

    /**
     * The posted estimated purchase receipts (暂估入库) dated on or before {@code through} that no live supplier invoice
     * settles yet, oldest first, at most {@code limit}, with their count.
     */
    TradePage<TradeDocument> openEstimates(TenantId tenant, LocalDate through, int limit);
}
