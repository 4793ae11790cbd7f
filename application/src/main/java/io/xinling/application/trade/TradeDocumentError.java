package io.xinling.application.trade;

import io.xinling.domain.kernel.DomainError;

/** Refusals of the purchase and sales documents, and those of the contexts they post to, under their own codes. */
public sealed interface TradeDocumentError extends DomainError {

    /** A refusal of the line amounts, the stock ledger or the partner's account. */
    record Refused(DomainError cause) implements TradeDocumentError {
        @Override public String code() { return cause.code(); }
        @Override public String message() { return cause.message(); }
    }

    record NotFound(String what, long id) implements TradeDocumentError {
        @Override public String code() { return "trade." + what + "-not-found"; }
        @Override public String message() { return "no " + what + " " + id; }
    }

    /** I-20: no document is created, changed or posted with a date in a closed period. */
    record DateInClosedPeriod(java.time.LocalDate date) implements TradeDocumentError {
        @Override public String code() { return "trade.date-in-closed-period"; }
        @Override public String message() { return "date: " + date + " lies in a closed period"; }
    }

    record Invalid(String field, String reason) implements TradeDocumentError {
        @Override public String code() { return "trade.invalid-field"; }
        @Override public String message() { return field + ": " + reason; }
    }

    record IllegalStatus(long document, String status, String action) implements TradeDocumentError {
        @Override public String code() { return "trade.illegal-status"; }
        @Override public String message() { return "document " + document + " is " + status + " and cannot be " + action; }
    }

    /** A return names a delivery to another customer, or a receipt from another supplier. */
    record PartnerMismatch(long delivery, long partner) implements TradeDocumentError {
        @Override public String code() { return "trade.return-partner-mismatch"; }
        @Override public String message() { return "document " + delivery + " was not made with partner " + partner; }
    }

    /** A return line asks for more than is left of the delivery or receipt line (its quantity less posted returns). */
    record ExceedsSource(String field, long source, int line, String quantity, String left) implements TradeDocumentError {
        @Override public String code() { return "trade.return-exceeds-source"; }
        @Override public String message() {
            return field + ": line " + line + " of document " + source + " has " + left + " of " + quantity + " left to return";
        }
    }

    /**
     * A return without its source document where the tenant does not allow it: a purchase return without a
     * receipt (not allowed by default), a sales return without a delivery (allowed by default).
     */
    record UnreferencedReturn(boolean purchase) implements TradeDocumentError {
        @Override public String code() { return "trade.unreferenced-return-not-allowed"; }
        @Override public String message() {
            return purchase ? "receiptId: this tenant allows purchase returns only against a posted purchase receipt"
                    : "deliveryId: this tenant allows sales returns only against a posted sales delivery";
        }
    }

    /** A posted document cannot be cancelled while a posted return refers to it. */
    record ReturnedConflict(long document, long returned) implements TradeDocumentError {
        @Override public String code() { return "trade.returned-conflict"; }
        @Override public String message() {
            return "document " + document + " is referenced by posted return " + returned + "; cancel the return first";
        }
    }

    /** A delivery or receipt asks for more of an order line than is left of it. */
    record ExceedsOrder(long order, int line, String ordered, String left) implements TradeDocumentError {
        @Override public String code() { return "trade.exceeds-order"; }
        @Override public String message() {
            return "order " + order + " line " + line + " has " + left + " of " + ordered + " left to fulfil";
        }
    }

    /** A posted document cannot be cancelled while a live invoice refers to it. */
    record InvoicedConflict(long document, String invoiced) implements TradeDocumentError {
        @Override public String code() { return "trade.invoiced-conflict"; }
        @Override public String message() {
            return "document " + document + " is invoiced for " + invoiced + "; void its invoices first";
        }
    }

    /** Nothing is left to invoice on the document. */
    record InvoicedInFull(long document) implements TradeDocumentError {
        @Override public String code() { return "trade.invoiced-in-full-conflict"; }
        @Override public String message() { return "document " + document + " is invoiced in full"; }
    }

    /** An invoice for more than is left to invoice on its document. */
    record ExceedsInvoiceable(long document, String amount, String left) implements TradeDocumentError {
        @Override public String code() { return "trade.invoice-exceeds-document"; }
        @Override public String message() {
            return "amount: " + amount + " is more than the " + left + " left to invoice on document " + document;
        }
    }

    /** A live invoice of the same partner and direction already carries the number. */
    record InvoiceNumberConflict(String number) implements TradeDocumentError {
        @Override public String code() { return "trade.invoice-number-conflict"; }
        @Override public String message() { return "number: invoice " + number + " of this partner is already recorded"; }
    }

    /** Invoice lines (到票, P-3) sent for a document that is not an estimated purchase receipt. */
    record NotEstimated(long document) implements TradeDocumentError {
        @Override public String code() { return "trade.not-estimated-conflict"; }
        @Override public String message() {
            return "document " + document + " is not an estimated purchase receipt: its invoice settles no estimate (send"
                    + " it without lines)";
        }
    }

    /**
     * An estimated receipt has a live supplier invoice: it takes no second one, and is not cancelled until that invoice
     * is voided.
     */
    /** A supplier invoice names a line of an estimated receipt that a live invoice settles already. */
    record EstimateLineInvoiced(long document, int line, long invoice, String number) implements TradeDocumentError {
        @Override public String code() { return "trade.estimate-invoiced-conflict"; }
        @Override public String message() {
            return "line " + line + " of estimated receipt " + document + " is settled by invoice " + number + " (id "
                    + invoice + "); void that invoice first or invoice the other lines";
        }
    }

    record EstimateInvoiced(long document, long invoice, String number) implements TradeDocumentError {
        @Override public String code() { return "trade.estimate-invoiced-conflict"; }
        @Override public String message() {
            return "estimated receipt " + document + " is settled by invoice " + number + " (id " + invoice
                    + "); void that invoice first";
        }
    }

    record InvoiceAlreadyVoided(long invoice) implements TradeDocumentError {
        @Override public String code() { return "trade.invoice-voided-conflict"; }
        @Override public String message() { return "invoice " + invoice + " is already voided"; }
    }

    /** The stock ledger is short of a SKU in the warehouse (the ledger's own refusal, in the document's words). */
    record InsufficientStock(String sku, long skuId, String warehouse, long warehouseId, java.util.Optional<String> batch,
                             String shortfall) implements TradeDocumentError {
        @Override public String code() { return "inventory.insufficient-stock"; }
        @Override public String message() {
            return "SKU " + sku + " (id " + skuId + ") in warehouse " + warehouse + " (id " + warehouseId + ")"
                    + batch.map(b -> " batch " + b).orElse("") + " is short by " + shortfall;
        }
    }

    static TradeDocumentError of(DomainError error) {
        return error instanceof TradeDocumentError t ? t : new Refused(error);
    }
}
