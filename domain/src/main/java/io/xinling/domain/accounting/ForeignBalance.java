package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

import java.util.Objects;

/** The balance of a foreign-currency account (and dimension tuple) in one currency: in the currency and as booked in CNY. */
public record ForeignBalance(AccountCode account, DimensionValues dimensions, Money original, Money booked) {

    public ForeignBalance {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(booked, "booked");
    }
}
