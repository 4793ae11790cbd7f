package io.xinling.application.trade;

import io.xinling.domain.kernel.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice (发票) recorded against a posted delivery, receipt or return, for part or all of its gross
 * amount in the document currency; a voided invoice no longer counts and its number may be used again.
 */
public record TradeInvoice(long id, long document, String number, LocalDate date, Money amount, boolean voided) {

    public TradeInvoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
