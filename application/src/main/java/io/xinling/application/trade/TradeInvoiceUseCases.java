package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;

import java.util.List;

/**
 * Invoices against posted sales deliveries, purchase receipts and their returns: record one (for the amount
 * left to invoice unless an amount is given), void one, list a document's. A document with a live invoice
 * cannot be cancelled until its invoices are voided; one invoiced below its gross waits "to invoice". The supplier
 * invoice of an estimated receipt (到票) gives its lines instead of an amount, settles the estimate (4.1 P-3) and is the
 * receipt's only live invoice; voiding it restores the estimate.
 */
public interface TradeInvoiceUseCases {

    /**
     * One line of a supplier invoice settling an estimated receipt: the receipt line (1-based), its rate in percent,
     * and either its {@code net} (金额, tax-exclusive) or its {@code gross} (tax-inclusive); {@code tax}, when sent, must
     * be what the rate gives (spec 3.5).
     */
    record InvoiceLine(Integer line, String net, String gross, String tax, String taxRatePercent) {
    }

    /** {@code amount} (a decimal in the document currency) may be null: what is left to invoice. */
    Either<TradeDocumentError, TradeInvoice> invoice(TenantId tenant, TradeKind kind, long document, String number,
                                                     String date, String amount);

    /**
     * As above; {@code lines} (null or empty: none) are the lines of the supplier invoice of an estimated receipt, which
     * sends no amount.
     */
    default Either<TradeDocumentError, TradeInvoice> invoice(TenantId tenant, TradeKind kind, long document, String number,
                                                             String date, String amount, List<InvoiceLine> lines) {
        return invoice(tenant, kind, document, number, date, amount);
    }

    Either<TradeDocumentError, TradeInvoice> voidInvoice(TenantId tenant, TradeKind kind, long document, long invoice);

    Either<TradeDocumentError, List<TradeInvoice>> invoices(TenantId tenant, TradeKind kind, long document);
}
