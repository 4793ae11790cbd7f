package io.xinling.domain.accounting.report;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.kernel.Money;

/** The balances a report reads: an account's amount (rolled up, in the account's own direction), and detail by dimension. */
public interface ReportData {

    /** The balance or movement of {@code account} and everything below it, positive on the account's own side. */
    Money amount(AccountCode account);

    /**
     * The sum, as a positive amount, of the per-{@code dimension}-value balances of {@code account} that lie
     * on the debit side ({@code debitSide}) or on the credit side (values absent from lines count as one group).
     */
    Money detail(AccountCode account, Dimension dimension, boolean debitSide);

    /** The amount of a 现金流量项目 ({@code CF01} …), positive the item's usual way; zero for reports without cash flows. */
    default Money cashFlow(String item) {
        return Money.cny(0);
    }
}
