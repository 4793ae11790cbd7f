package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

import java.util.Objects;

/**
 * Debit and credit turnover of one leaf account and one dimension tuple over some span (a period, a
 * range, everything before a date). {@link DimensionValues#NONE} rows hold the account's total.
 */
public record BalanceRow(AccountCode account, DimensionValues dimensions, Money debit, Money credit) {

    public BalanceRow {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(debit, "debit");
        Objects.requireNonNull(credit, "credit");
    }

    /** Debit-positive net. */
    public Money net() {
        return debit.minus(credit);
    }
}
