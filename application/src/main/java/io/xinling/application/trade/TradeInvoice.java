package io.xinling.application.trade;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.trade.InvoicedLine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice (发票) recorded against a posted delivery, receipt or return, for part or all of its gross
 * amount in the document currency; a voided invoice no longer counts and its number may be used again. The supplier
 * invoice of an estimated receipt (到票, 4.1 P-3) also carries its {@code lines}, the payable {@code openItem} it
 * created and the inventory document ({@code stockDocument}, a landed cost by lines) that moved its difference from the
 * estimate into stock, when there was one.
 */
public record TradeInvoice(long id, long document, String number, LocalDate date, Money amount, boolean voided,
                           List<InvoicedLine> lines, Optional<Long> openItem, Optional<Long> stockDocument) {

    public TradeInvoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        lines = List.copyOf(lines);
        Objects.requireNonNull(openItem, "openItem");
        Objects.requireNonNull(stockDocument, "stockDocument");
    }

    /** An invoice that books nothing (of a document that is not an estimated receipt). */
    public TradeInvoice(long id, long document, String number, LocalDate date, Money amount, boolean voided) {
        this(id, document, number, date, amount, voided, List.of(), Optional.empty(), Optional.empty());
    }
}
