package io.xinling.application.trade.port;

import io.xinling.application.trade.TradeInvoice;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;

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
}
