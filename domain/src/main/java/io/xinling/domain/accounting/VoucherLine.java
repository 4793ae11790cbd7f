package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * One line (分录): summary, a leaf account, its dimension values, and exactly one non-zero side, which
 * may be negative (red ink). {@link #signed()} is the debit-positive amount the ledgers add up.
 */
public record VoucherLine(String summary, AccountCode account, DimensionValues dimensions, Money debit, Money credit,
                          Optional<ForeignAmount> foreign) {

    public VoucherLine {
        Objects.requireNonNull(foreign, "foreign");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(debit, "debit");
        Objects.requireNonNull(credit, "credit");
        summary = summary == null ? "" : summary.strip();
        if (debit.isZero() == credit.isZero()) {
            throw new IllegalArgumentException("a line has exactly one non-zero side");
        }
    }

    /** A line in CNY only. */
    public VoucherLine(String summary, AccountCode account, DimensionValues dimensions, Money debit, Money credit) {
        this(summary, account, dimensions, debit, credit, Optional.empty());
    }

    public static VoucherLine debit(String summary, AccountCode account, DimensionValues dims, Money amount) {
        return new VoucherLine(summary, account, dims, amount, Money.zero(amount.currency()));
    }

    public static VoucherLine credit(String summary, AccountCode account, DimensionValues dims, Money amount) {
        return new VoucherLine(summary, account, dims, Money.zero(amount.currency()), amount);
    }

    public boolean isDebit() {
        return !debit.isZero();
    }

    public Money signed() {
        return isDebit() ? debit : credit.negate();
    }

    /** The same line in red ink: the same side, the amount negated (红字冲销). */
    public VoucherLine redInk(String newSummary) {
        return new VoucherLine(newSummary, account, dimensions, debit.negate(), credit.negate(), foreign.map(ForeignAmount::negate));
    }
}
