package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the period-end vouchers the close wizard generates (4.5) before 结转损益: C-1 期末调汇, C-2 结转未交增值税
 * and C-3 计提附加税费. An empty list means there is nothing to post.
 */
public final class PeriodEnd {

    static final AccountCode VAT = AccountCode.of("222101");
    static final AccountCode PREPAID = AccountCode.of("22210104");
    static final AccountCode CARRIED_OUT = AccountCode.of("22210105");
    static final AccountCode OVERPAID_OUT = AccountCode.of("22210107");
    static final AccountCode UNPAID = AccountCode.of("222102");
    /** 5403 税金及附加's details the surcharges are expensed to (a chart without them posts to 5403, see TemplateAccounts). */
    static final AccountCode CITY_TAX_EXPENSE = AccountCode.of("540303");
    static final AccountCode EDUCATION_EXPENSE = AccountCode.of("540310");
    static final AccountCode LOCAL_EDUCATION_EXPENSE = AccountCode.of("540311");
    static final AccountCode CITY_TAX = AccountCode.of("222103");
    static final AccountCode EDUCATION = AccountCode.of("222104");
    static final AccountCode LOCAL_EDUCATION = AccountCode.of("222105");

    /** 教育费附加 3% and 地方教育附加 2% of the VAT. */
    public static final BigDecimal EDUCATION_RATE = new BigDecimal("0.03");
    public static final BigDecimal LOCAL_EDUCATION_RATE = new BigDecimal("0.02");
    /** 六税两费 halved for small-scale taxpayers (公告2023年第12号, to 2027-12-31). */
    public static final BigDecimal SMALL_SCALE_SHARE = new BigDecimal("0.5");

    private PeriodEnd() {
    }

    /**
     * C-2 (general taxpayer): a credit balance of 222101 at the period end is carried, Dr 22210105 / Cr 222102. A
     * debit balance stays as 留抵, except the part of it the period's 已交税金 paid in excess: Dr 222102 / Cr 22210107.
     *
     * @param atEnd     balances through the period end, before this entry
     * @param movements the period's turnover
     */
    public static List<VoucherLine> vatCarry(List<BalanceRow> atEnd, List<BalanceRow> movements) {
        Money balance = net(atEnd, VAT);
        if (balance.isNegative()) {
            return List.of(VoucherLine.debit("结转未交增值税", CARRIED_OUT, DimensionValues.NONE, balance.negate()),
                    VoucherLine.credit("结转未交增值税", UNPAID, DimensionValues.NONE, balance.negate()));
        }
        Money overpaid = balance.min(net(movements, PREPAID));
        if (overpaid.isPositive()) {
            return List.of(VoucherLine.debit("结转多交增值税", UNPAID, DimensionValues.NONE, overpaid),
                    VoucherLine.credit("结转多交增值税", OVERPAID_OUT, DimensionValues.NONE, overpaid));
        }
        return List.of();
    }

    /**
     * C-3: Dr 540303 / 540310 / 540311 (税金及附加's 城市维护建设税, 教育费附加, 地方教育附加) and Cr 222103 / 222104 /
     * 222105 at the location's city rate, 3% and 2% of {@code vat}, halved for small-scale; debits first, then credits.
     */
    public static List<VoucherLine> surcharges(Money vat, TaxpayerKind kind, TaxLocation location) {
        if (!vat.isPositive()) {
            return List.of();
        }
        BigDecimal share = kind == TaxpayerKind.SMALL_SCALE ? SMALL_SCALE_SHARE : BigDecimal.ONE;
        List<VoucherLine> debits = new ArrayList<>();
        List<VoucherLine> credits = new ArrayList<>();
        AccountCode[] expenses = {CITY_TAX_EXPENSE, EDUCATION_EXPENSE, LOCAL_EDUCATION_EXPENSE};
        AccountCode[] accounts = {CITY_TAX, EDUCATION, LOCAL_EDUCATION};
        BigDecimal[] rates = {location.cityTaxRate(), EDUCATION_RATE, LOCAL_EDUCATION_RATE};
        String[] summaries = {"计提城市维护建设税", "计提教育费附加", "计提地方教育附加"};
        for (int i = 0; i < accounts.length; i++) {
            Money amount = vat.times(rates[i].multiply(share), RoundingMode.HALF_UP);
            if (!amount.isZero()) {
                debits.add(VoucherLine.debit(summaries[i], expenses[i], DimensionValues.NONE, amount));
                credits.add(VoucherLine.credit(summaries[i], accounts[i], DimensionValues.NONE, amount));
            }
        }
        List<VoucherLine> lines = new ArrayList<>(debits);
        lines.addAll(credits);
        return List.copyOf(lines);
    }

    static final AccountCode FX_RESULT = AccountCode.of("560302");

    /**
     * C-1 期末调汇: for each foreign balance, {@code round2(original × closingRate) − booked}; a gain is Dr the account /
     * Cr 560302, a loss Dr 560302 / Cr the account, both positive (product decision 6). The account line carries the
     * currency with a zero original amount at the closing rate, so the next revaluation starts from the new CNY balance.
     */
    public static io.vavr.control.Either<AccountingError, List<VoucherLine>> revaluation(List<ForeignBalance> balances,
                                                                                        java.util.Map<java.util.Currency, BigDecimal> rates) {
        List<VoucherLine> lines = new ArrayList<>();
        for (ForeignBalance b : balances) {
            java.util.Currency currency = b.original().currency();
            BigDecimal rate = rates.get(currency);
            if (rate == null || rate.signum() <= 0) {
                if (b.original().isZero() && b.booked().isZero()) {
                    continue;
                }
                return io.vavr.control.Either.left(new AccountingError.InvalidField("closingRates." + currency.getCurrencyCode(),
                        "a positive closing rate is required: account " + b.account() + " holds " + b.original().format() + " "
                                + currency.getCurrencyCode()));
            }
            Money target = Money.round(b.original().toDecimal().multiply(rate), Money.CNY, RoundingMode.HALF_UP);
            Money difference = target.minus(b.booked());
            if (difference.isZero()) {
                continue;
            }
            ForeignAmount marker = new ForeignAmount(Money.zero(currency), rate);
            String summary = "期末调汇 " + currency.getCurrencyCode() + " @" + rate.toPlainString();
            if (difference.isPositive()) {
                lines.add(new VoucherLine(summary, b.account(), b.dimensions(), difference, Money.cny(0), java.util.Optional.of(marker)));
                lines.add(VoucherLine.credit(summary, FX_RESULT, DimensionValues.NONE, difference));
            } else {
                lines.add(VoucherLine.debit(summary, FX_RESULT, DimensionValues.NONE, difference.negate()));
                lines.add(new VoucherLine(summary, b.account(), b.dimensions(), Money.cny(0), difference.negate(),
                        java.util.Optional.of(marker)));
            }
        }
        return io.vavr.control.Either.right(List.copyOf(lines));
    }

    static final AccountCode PROFIT_FOR_THE_YEAR = AccountCode.of("3103");
    static final AccountCode DISTRIBUTION = AccountCode.of("3104");
    static final AccountCode UNDISTRIBUTED = AccountCode.of("310401");
    static final AccountCode PENDING_LOSSES = AccountCode.of("1901");

    /**
     * C-5 (year-end) 结转本年利润: the balance 3103 holds after C-4 goes to 310401 未分配利润, Dr 3103 / Cr 310401 for a
     * profit, the same lines in red ink for a loss (4.5).
     *
     * @param atEnd balances through the year end, after C-4
     */
    public static List<VoucherLine> profitForTheYear(List<BalanceRow> atEnd) {
        Money profit = net(atEnd, PROFIT_FOR_THE_YEAR).negate();
        if (profit.isZero()) {
            return List.of();
        }
        return List.of(VoucherLine.debit("结转本年利润", PROFIT_FOR_THE_YEAR, DimensionValues.NONE, profit),
                VoucherLine.credit("结转本年利润", UNDISTRIBUTED, DimensionValues.NONE, profit));
    }

    /**
     * C-6 (year-end) 利润分配 closing: every other 3104 sub-account (提取盈余公积, 应付利润, …) is brought to zero
     * against 310401 未分配利润, so only 310401 carries into the new year; a debit balance is Dr 310401 / Cr the
     * sub-account, a credit balance the reverse.
     *
     * @param atEnd balances through the year end, after C-5
     */
    public static List<VoucherLine> distributionClosing(List<BalanceRow> atEnd) {
        java.util.Map<AccountCode, Money> subs = new java.util.TreeMap<>();
        for (BalanceRow r : atEnd) {
            if (r.dimensions().isEmpty() && r.account().isWithin(DISTRIBUTION) && !r.account().isWithin(UNDISTRIBUTED)) {
                subs.merge(r.account(), r.net(), Money::plus);
            }
        }
        List<VoucherLine> lines = new ArrayList<>();
        subs.forEach((account, balance) -> {
            if (balance.isPositive()) {
                lines.add(VoucherLine.debit("结转利润分配", UNDISTRIBUTED, DimensionValues.NONE, balance));
                lines.add(VoucherLine.credit("结转利润分配", account, DimensionValues.NONE, balance));
            } else if (balance.isNegative()) {
                lines.add(VoucherLine.debit("结转利润分配", account, DimensionValues.NONE, balance.negate()));
                lines.add(VoucherLine.credit("结转利润分配", UNDISTRIBUTED, DimensionValues.NONE, balance.negate()));
            }
        });
        return List.copyOf(lines);
    }

    /** Year-end gate (5.1 step 8): 1901 待处理财产损溢 must be zero; its balance, zero when it is. */
    public static Money pendingLosses(List<BalanceRow> atEnd) {
        return net(atEnd, PENDING_LOSSES);
    }

    static Money net(List<BalanceRow> rows, AccountCode account) {
        return rows.stream().filter(r -> r.dimensions().isEmpty() && r.account().isWithin(account)).map(BalanceRow::net)
                .reduce(Money.cny(0), Money::plus);
    }
}
