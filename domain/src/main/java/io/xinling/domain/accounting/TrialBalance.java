package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * 科目余额表: opening, turnover and closing per account, leaves rolled up into every ancestor.
 * Sums of level-1 rows make the totals; I-2 says their nets are zero and their turnovers equal.
 */
public record TrialBalance(List<TrialBalanceRow> rows, Money openingNet, Money debit, Money credit) {

    /** {@code opening}, {@code turnover}: per leaf account (any dimension rows are summed in). */
    public static TrialBalance build(ChartOfAccounts chart, List<BalanceRow> opening, List<BalanceRow> turnover) {
        SortedMap<AccountCode, long[]> sums = new TreeMap<>();
        for (BalanceRow row : opening) {
            addUp(sums, row.account(), row.net().minor(), 0, 0);
        }
        for (BalanceRow row : turnover) {
            addUp(sums, row.account(), 0, row.debit().minor(), row.credit().minor());
        }
        List<TrialBalanceRow> rows = new ArrayList<>();
        long open = 0;
        long debit = 0;
        long credit = 0;
        for (Map.Entry<AccountCode, long[]> e : sums.entrySet()) {
            long[] s = e.getValue();
            if (s[0] == 0 && s[1] == 0 && s[2] == 0) {
                continue;
            }
            Account account = chart.find(e.getKey()).getOrElseThrow(() -> new IllegalStateException("unknown " + e.getKey()));
            rows.add(new TrialBalanceRow(e.getKey(), account.name(), e.getKey().level(), account.direction(),
                    chart.isLeaf(e.getKey()), Money.cny(s[0]), Money.cny(s[1]), Money.cny(s[2])));
            if (e.getKey().level() == 1) {
                open = Math.addExact(open, s[0]);
                debit = Math.addExact(debit, s[1]);
                credit = Math.addExact(credit, s[2]);
            }
        }
        return new TrialBalance(List.copyOf(rows), Money.cny(open), Money.cny(debit), Money.cny(credit));
    }

    private static void addUp(SortedMap<AccountCode, long[]> sums, AccountCode leaf, long open, long debit, long credit) {
        AccountCode code = leaf;
        while (code != null) {
            long[] s = sums.computeIfAbsent(code, c -> new long[3]);
            s[0] = Math.addExact(s[0], open);
            s[1] = Math.addExact(s[1], debit);
            s[2] = Math.addExact(s[2], credit);
            code = code.parent().getOrNull();
        }
    }

    /** I-2: opening and closing nets sum to zero over level-1 accounts, and debit turnover = credit turnover. */
    public boolean isBalanced() {
        return openingNet.isZero() && debit.equals(credit);
    }

    public Money closingNet() {
        return openingNet.plus(debit).minus(credit);
    }
}
