package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;

import java.util.List;

/**
 * Invoices against posted sales deliveries, purchase receipts and their returns: record one (for the amount
 * left to invoice unless an amount is given), void one, list a document's. A document with a live invoice
 * cannot be cancelled until its invoices are voided; one invoiced below its gross waits "to invoice".
 */
public interface TradeInvoiceUseCases {

    /** {@code amount} (a decimal in the document currency) may be null: what is left to invoice. */
    Either<TradeDocumentError, TradeInvoice> invoice(TenantId tenant, TradeKind kind, long document, String number,
                                                     String date, String amount);

    Either<TradeDocumentError, TradeInvoice> voidInvoice(TenantId tenant, TradeKind kind, long document, long invoice);

    Either<TradeDocumentError, List<TradeInvoice>> invoices(TenantId tenant, TradeKind kind, long document);
}
