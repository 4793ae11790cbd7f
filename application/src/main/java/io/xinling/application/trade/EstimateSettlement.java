package io.xinling.application.trade;

import io.xinling.domain.kernel.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the supplier invoice of an estimated receipt books (4.1 P-3), in CNY: per receipt line the difference between
 * what the invoice puts into stock and what the estimate did ({@code differences}, receipt line order), dated
 * {@code differenceDate} where the stock ledger took it (the receipt's date, or the invoice's when the receipt's month
 * had closed, 2.11); and on the invoice's {@code date} its net, tax and gross.
 */
public record EstimateSettlement(long invoice, LocalDate date, List<Money> differences, LocalDate differenceDate,
                                 Money net, Money tax, Money gross) {

    public EstimateSettlement {
        Objects.requireNonNull(date, "date");
        differences = List.copyOf(differences);
        Objects.requireNonNull(differenceDate, "differenceDate");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(gross, "gross");
    }
}
