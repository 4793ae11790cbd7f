package io.xinling.application.trade;

import io.xinling.domain.kernel.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A stored purchase or sales document with its number per kind and month; once posted it names its inventory document and open item, and what
 * its live invoices add up to (document currency). A posted estimated receipt also says what of its estimate no live
 * supplier invoice settles yet ({@code estimateOpen}: the estimate gross of those lines; zero on other documents).
 */
public record TradeDocument(long id, String number, TradeStatus status, TradeDraft draft, Optional<Long> inventoryDocument,
                            Optional<Long> openItem, Money invoiced, Money estimateOpen) {

    public TradeDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(inventoryDocument, "inventoryDocument");
        Objects.requireNonNull(openItem, "openItem");
        Objects.requireNonNull(invoiced, "invoiced");
        Objects.requireNonNull(estimateOpen, "estimateOpen");
    }

    /** A document that is not a posted estimated receipt. */
    public TradeDocument(long id, String number, TradeStatus status, TradeDraft draft, Optional<Long> inventoryDocument,
                         Optional<Long> openItem, Money invoiced) {
        this(id, number, status, draft, inventoryDocument, openItem, invoiced, Money.zero(invoiced.currency()));
    }

    /**
     * This document as {@code markPosted} leaves it, with its inventory document, open item and gross: an estimated
     * receipt then has its gross open less what its live invoices add up to.
     */
    public TradeDocument posted(long stock, Optional<Long> item, Money gross) {
        return new TradeDocument(id, number, TradeStatus.POSTED, draft, Optional.of(stock), item, invoiced,
                draft.estimated() ? gross.minus(invoiced) : Money.zero(invoiced.currency()));
    }
}
