package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

/** One row of 科目余额表: opening, turnover and closing, balances as debit-positive nets. */
public record TrialBalanceRow(AccountCode account, String name, int level, Direction direction, boolean leaf,
                              Money opening, Money debit, Money credit) {

    public Money closing() {
        return opening.plus(debit).minus(credit);
    }
}
