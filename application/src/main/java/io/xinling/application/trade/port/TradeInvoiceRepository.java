package io.xinling.application.trade.port;

import io.xinling.application.trade.TradeInvoice;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.trade.InvoicedLine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The invoices of trade documents, and each document's invoiced amount (the caller holds the document's lock). */
public interface TradeInvoiceRepository {

    /** Adds a live invoice and returns its id. */
    long add(TenantId tenant, long document, PartnerId partner, boolean sales, String number, LocalDate date, Money amount,
             Instant at);

    /** Whether a live invoice of this direction and partner already carries {@code number}. */
    boolean numberTaken(TenantId tenant, boolean sales, PartnerId partner, String number);

    /** A document's invoices, voided ones too, in the order they were recorded. */
    List<TradeInvoice> of(TenantId tenant, long document);

    Optional<TradeInvoice> find(TenantId tenant, long document, long invoice);

    void markVoided(TenantId tenant, long invoice, Instant at);

    /** Sets a document's invoiced amount and its gross (what "to invoice" compares it with). */
    void setInvoiced(TenantId tenant, long document, Money invoiced, Money gross);

    /** Stores the lines of a supplier invoice that settles an estimated receipt (P-3). */
    void addLines(TenantId tenant, long invoice, List<InvoicedLine> lines);

    /** Records what settling the estimate made: the payable open item and the stock difference's inventory document. */
    void setSettlement(TenantId tenant, long invoice, Optional<Long> openItem, Optional<Long> stockDocument);

    /** Records the counter item that took a voided settlement's payable off the supplier's account. */
    void setReversalItem(TenantId tenant, long invoice, Optional<Long> reversalItem);
}
