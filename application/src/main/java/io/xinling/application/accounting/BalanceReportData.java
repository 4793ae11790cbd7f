package io.xinling.application.accounting;

import io.xinling.domain.accounting.Account;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.BalanceRow;
import io.xinling.domain.accounting.CarryForward;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.Direction;
import io.xinling.domain.accounting.report.ReportData;
import io.xinling.domain.kernel.Money;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link ReportData} over balance rows (total rows and dimension rows of leaf accounts). */
final class BalanceReportData implements ReportData {

    private final ChartOfAccounts chart;
    private final List<BalanceRow> totals;
    private final List<BalanceRow> detail;

    BalanceReportData(ChartOfAccounts chart, List<BalanceRow> rows) {
        this.chart = chart;
        this.totals = rows.stream().filter(r -> r.dimensions().isEmpty()).toList();
        this.detail = CarryForward.detail(rows);
    }

    @Override
    public Money amount(AccountCode account) {
        Money net = totals.stream().filter(r -> r.account().isWithin(account)).map(BalanceRow::net)
                .reduce(Money.cny(0), Money::plus);
        boolean credit = chart.find(account).map(Account::direction).contains(Direction.CREDIT);
        return credit ? net.negate() : net;
    }

    @Override
    public Money detail(AccountCode account, Dimension dimension, boolean debitSide) {
        Map<String, Money> groups = new HashMap<>();
        for (BalanceRow row : detail) {
            if (row.account().isWithin(account)) {
                String value = row.dimensions().values().getOrDefault(dimension, "");
                groups.merge(value, row.net(), Money::plus);
            }
        }
        Money sum = Money.cny(0);
        for (Money net : groups.values()) {
            if (debitSide && net.isPositive()) {
                sum = sum.plus(net);
            } else if (!debitSide && net.isNegative()) {
                sum = sum.minus(net);
            }
        }
        return sum;
    }
}
