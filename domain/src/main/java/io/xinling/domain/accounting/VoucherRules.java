package io.xinling.domain.accounting;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;

import java.util.List;

/** The rules of 3.1 every voucher passes, whoever makes it: leaf accounts, required dimensions, balance (I-1, I-3). */
public final class VoucherRules {

    /** The largest amount on one line, in fen (100 billion yuan): sums of lines and balances can never overflow. */
    public static final long MAX_LINE_MINOR = 10_000_000_000_000L;

    private VoucherRules() {
    }

    public static Either<AccountingError, List<VoucherLine>> check(ChartOfAccounts chart, List<VoucherLine> lines) {
        if (lines.isEmpty()) {
            return Either.left(new AccountingError.InvalidField("lines", "at least one line"));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (Math.abs(lines.get(i).signed().minor()) > MAX_LINE_MINOR) {
                return Either.left(new AccountingError.InvalidField("lines[" + i + "]", "at most 100000000000.00 per line"));
            }
            Either<AccountingError, Account> account = accountFor(chart, i, lines.get(i));
            if (account.isLeft()) {
                return Either.left(account.getLeft());
            }
        }
        return balanced(lines);
    }

    private static Either<AccountingError, Account> accountFor(ChartOfAccounts chart, int index, VoucherLine line) {
        return chart.leaf(line.account()).flatMap(account -> {
            for (Dimension dimension : Dimension.values()) {
                if (account.requiredDimensions().contains(dimension) && !line.dimensions().has(dimension)) {
                    return Either.left(new AccountingError.MissingDimension(index, account.code().value(), dimension));
                }
            }
            String item = line.dimensions().values().get(Dimension.CASH_FLOW);
            if (item != null && (!CashFlows.isCash(account.code()) || CashFlowItem.fromCode(item).isEmpty())) {
                return Either.left(new AccountingError.InvalidField("lines[" + index + "].dimensions.cash_flow",
                        "a cash-flow item (CF01 … CF18, not CF07, CF13) on a line of 1001, 1002 or 1012 only"));
            }
            return Either.right(account);
        });
    }

    /** Σ debit = Σ credit, and not zero. */
    public static Either<AccountingError, List<VoucherLine>> balanced(List<VoucherLine> lines) {
        Money debit = lines.get(0).debit();
        Money credit = lines.get(0).credit();
        for (int i = 1; i < lines.size(); i++) {
            debit = debit.plus(lines.get(i).debit());
            credit = credit.plus(lines.get(i).credit());
        }
        if (!debit.equals(credit)) {
            return Either.left(new AccountingError.Unbalanced(debit.format(), credit.format()));
        }
        if (debit.isZero()) {
            return Either.left(new AccountingError.EmptyVoucher());
        }
        return Either.right(List.copyOf(lines));
    }
}
