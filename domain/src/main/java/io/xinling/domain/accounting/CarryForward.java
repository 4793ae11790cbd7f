package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * C-4 结转损益: every profit-and-loss account (5xxx) is brought to zero against 3103 本年利润.
 * Income accounts (credit direction) are debited by their balance, expense accounts credited by theirs,
 * per dimension tuple so required dimensions stay on the lines; a contrary balance goes in red ink on the
 * same side (3.4.7). 3103 takes the two totals on separate lines, as in E18.
 */
public final class CarryForward {

    public static final AccountCode PROFIT_FOR_THE_YEAR = AccountCode.of("3103");
    public static final String SUMMARY = "结转损益";

    private CarryForward() {
    }

    /** {@code closing}: closing balances of leaf accounts, total rows and dimension rows (see {@link #detail}). */
    public static List<VoucherLine> lines(ChartOfAccounts chart, List<BalanceRow> closing) {
        List<VoucherLine> lines = new ArrayList<>();
        Money income = Money.cny(0);
        Money expense = Money.cny(0);
        for (BalanceRow row : detail(closing)) {
            Account account = chart.find(row.account()).getOrElseThrow(() -> new IllegalStateException("unknown " + row.account()));
            if (!account.isProfitAndLoss() || row.net().isZero()) {
                continue;
            }
            if (account.direction() == Direction.CREDIT) {
                Money amount = row.net().negate();
                lines.add(VoucherLine.debit(SUMMARY, row.account(), row.dimensions(), amount));
                income = income.plus(amount);
            } else {
                lines.add(VoucherLine.credit(SUMMARY, row.account(), row.dimensions(), row.net()));
                expense = expense.plus(row.net());
            }
        }
        List<VoucherLine> result = new ArrayList<>();
        result.addAll(lines.stream().filter(VoucherLine::isDebit).toList());
        if (!income.isZero()) {
            result.add(VoucherLine.credit(SUMMARY, PROFIT_FOR_THE_YEAR, DimensionValues.NONE, income));
        }
        if (!expense.isZero()) {
            result.add(VoucherLine.debit(SUMMARY, PROFIT_FOR_THE_YEAR, DimensionValues.NONE, expense));
        }
        result.addAll(lines.stream().filter(l -> !l.isDebit()).toList());
        return List.copyOf(result);
    }

    /**
     * Splits totals into dimension detail: each non-empty dimension row as it is, plus the remainder of the
     * account's total row (lines without dimensions). Rows come out ordered by account, then dimension key.
     */
    public static List<BalanceRow> detail(List<BalanceRow> rows) {
        Map<AccountCode, Map<String, BalanceRow>> byAccount = new TreeMap<>();
        for (BalanceRow row : rows) {
            byAccount.computeIfAbsent(row.account(), a -> new TreeMap<>()).merge(row.dimensions().key(), row,
                    (a, b) -> new BalanceRow(a.account(), a.dimensions(), a.debit().plus(b.debit()), a.credit().plus(b.credit())));
        }
        List<BalanceRow> result = new ArrayList<>();
        byAccount.forEach((account, rowsByKey) -> {
            BalanceRow total = rowsByKey.get("");
            Money debit = total == null ? Money.cny(0) : total.debit();
            Money credit = total == null ? Money.cny(0) : total.credit();
            for (BalanceRow row : rowsByKey.values()) {
                if (!row.dimensions().isEmpty()) {
                    result.add(row);
                    debit = debit.minus(row.debit());
                    credit = credit.minus(row.credit());
                }
            }
            if (!debit.isZero() || !credit.isZero()) {
                result.add(new BalanceRow(account, DimensionValues.NONE, debit, credit));
            }
        });
        return List.copyOf(result);
    }
}
