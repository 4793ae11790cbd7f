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

    record Invalid(String field, String reason) implements TradeDocumentError {
        @Override public String code() { return "trade.invalid-field"; }
        @Override public String message() { return field + ": " + reason; }
    }

    record IllegalStatus(long document, String status, String action) implements TradeDocumentError {
        @Override public String code() { return "trade.illegal-status"; }
        @Override public String message() { return "document " + document + " is " + status + " and cannot be " + action; }
    }

    /** A return names a delivery to another customer. */
    record PartnerMismatch(long delivery, long partner) implements TradeDocumentError {
        @Override public String code() { return "trade.return-partner-mismatch"; }
        @Override public String message() { return "delivery " + delivery + " was not made to partner " + partner; }
    }

    /** A delivery or receipt asks for more of an order line than is left of it. */
    record ExceedsOrder(long order, int line, String ordered, String left) implements TradeDocumentError {
        @Override public String code() { return "trade.exceeds-order"; }
        @Override public String message() {
            return "order " + order + " line " + line + " has " + left + " of " + ordered + " left to fulfil";
        }
    }

    static TradeDocumentError of(DomainError error) {
        return error instanceof TradeDocumentError t ? t : new Refused(error);
    }
}
