package io.xinling.domain.partner;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.pricing.PriceListId;

import java.util.Objects;
import java.util.Optional;

/**
 * How we sell to a customer: a dealer level (for dealers), a credit limit in CNY (none means no
 * limit), payment terms in days and the price list tried first for it.
 */
public record CustomerTerms(Optional<String> dealerLevel, Optional<Money> creditLimit, int paymentTermDays,
                            Optional<PriceListId> defaultPriceList) {

    public static final CustomerTerms NONE = new CustomerTerms(Optional.empty(), Optional.empty(), 0, Optional.empty());

    public CustomerTerms {
        Objects.requireNonNull(dealerLevel, "dealerLevel");
        Objects.requireNonNull(creditLimit, "creditLimit");
        Objects.requireNonNull(defaultPriceList, "defaultPriceList");
        if (paymentTermDays < 0) {
            throw new IllegalArgumentException("payment terms must not be negative");
        }
        creditLimit.ifPresent(limit -> {
            if (!limit.currency().equals(Money.CNY) || limit.isNegative()) {
                throw new IllegalArgumentException("a credit limit is a non-negative CNY amount: " + limit);
            }
        });
    }
}
