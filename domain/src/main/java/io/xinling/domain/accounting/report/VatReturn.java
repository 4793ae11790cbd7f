package io.xinling.domain.accounting.report;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.BalanceRow;
import io.xinling.domain.accounting.TaxpayerKind;
import io.xinling.domain.kernel.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * 增值税及附加税费申报表 main figures from the ledger (5.4). General taxpayer (一般纳税人) lines from the 222101
 * special columns: 11 销项 = net credit movement of 22210102; 12 进项 = net debit movement of 22210101; 13 上期留抵 =
 * the debit balance of 222101 at the end of the previous period (what C-2 left as 留抵); 14 进项转出 = net credit
 * movement of 22210103; 17 = 12 + 13 − 14 (15 and 16 are not kept: 0); 18 = 17 if 17 &lt; 11, else 11; 19 = 11 − 18;
 * 20 = 17 − 18; 21 simplified-method tax is not kept (0); 23 减征 = net debit movement of 22210106; 24 = 19 + 21 − 23.
 * Line 1 (sales at applicable rates) is read from the ledger as the net credit movement of 5001 + 5051, as the
 * sales invoice register is not kept here; lines 5 and 8 are 0.
 * <p>
 * Small-scale taxpayer (小规模纳税人): line 1 = net credit movement of 5001 + 5051 (tax-exclusive sales); line 15 =
 * round2(line 1 × {@link #SMALL_SCALE_LEVY_RATE}); line 20 = the output tax charged on the books at the levy rate, the
 * credit movement of 222101 (a leaf for small-scale books, red ink counted signed; its debits are payments, and no
 * input VAT is deducted, spec 3.5); line 16 (减征, e.g. the 3% → 1% policy) = 15 − 20; line 22 = 20 − prepaid. {@code belowThreshold} flags sales at or under the monthly exemption threshold (the filer decides on the
 * exemption, which depends on the invoices issued).
 * <p>
 * {@code taxDue} (line 24, or line 20) is the base of the surcharges (C-3); {@code prepaid} the net debit movement of
 * 22210104 in the period; C-2 carries {@code taxDue − prepaid}.
 */
public record VatReturn(TaxpayerKind kind, List<ReportRow> lines, Money taxDue, Money prepaid, boolean belowThreshold) {

    /** The small-scale levy rate (征收率) the form computes line 15 at; reductions show in line 16. */
    public static final BigDecimal SMALL_SCALE_LEVY_RATE = new BigDecimal("0.03");

    /** Monthly sales at or under which a small-scale taxpayer may be exempt (公告2023年第1号, CNY 100,000). */
    public static final Money SMALL_SCALE_THRESHOLD = Money.cny("100000.00");

    public VatReturn {
        lines = List.copyOf(lines);
    }

    /**
     * @param movements the period's turnover per account (debit, credit)
     * @param opening   balances at the end of the previous period
     */
    public static VatReturn of(TaxpayerKind kind, List<BalanceRow> movements, List<BalanceRow> opening) {
        Money sales = net(movements, "5001").plus(net(movements, "5051")).negate();
        Money prepaid = net(movements, "22210104");
        List<ReportRow> rows = new ArrayList<>();
        if (kind == TaxpayerKind.GENERAL) {
            Money output = net(movements, "22210102").negate();
            Money input = net(movements, "22210101");
            Money carried = net(opening, "222101").max(Money.cny(0));
            Money outTransfer = net(movements, "22210103").negate();
            Money deductible = input.plus(carried).minus(outTransfer);
            Money deducted = deductible.compareTo(output) < 0 ? deductible : output;
            Money tax = output.minus(deducted);
            Money reduction = net(movements, "22210106");
            Money total = tax.minus(reduction);
            add(rows, 1, "(一)按适用税率计税销售额", sales);
            add(rows, 5, "(二)按简易办法计税销售额", Money.cny(0));
            add(rows, 8, "(四)免税销售额", Money.cny(0));
            add(rows, 11, "销项税额", output);
            add(rows, 12, "进项税额", input);
            add(rows, 13, "上期留抵税额", carried);
            add(rows, 14, "进项税额转出", outTransfer);
            add(rows, 17, "应抵扣税额合计", deductible);
            add(rows, 18, "实际抵扣税额", deducted);
            add(rows, 19, "应纳税额", tax);
            add(rows, 20, "期末留抵税额", deductible.minus(deducted));
            add(rows, 21, "简易计税办法计算的应纳税额", Money.cny(0));
            add(rows, 23, "应纳税额减征额", reduction);
            add(rows, 24, "应纳税额合计", total);
            return new VatReturn(kind, rows, total, prepaid, false);
        }
        Money levied = sales.times(SMALL_SCALE_LEVY_RATE, RoundingMode.HALF_UP);
        Money charged = credit(movements, "222101");
        add(rows, 1, "应征增值税不含税销售额(3%征收率)", sales);
        add(rows, 15, "本期应纳税额", levied);
        add(rows, 16, "本期应纳税额减征额", levied.minus(charged));
        add(rows, 20, "应纳税额合计", charged);
        add(rows, 22, "本期应补(退)税额", charged.minus(prepaid));
        return new VatReturn(kind, rows, charged, prepaid, sales.compareTo(SMALL_SCALE_THRESHOLD) <= 0);
    }

    public Money line(int line) {
        return lines.stream().filter(r -> r.line() == line).findFirst().map(ReportRow::amount).orElse(Money.cny(0));
    }

    private static void add(List<ReportRow> rows, int line, String caption, Money amount) {
        rows.add(new ReportRow(line, caption, amount));
    }

    /** Credit turnover (red ink signed) of the rows on {@code code} and below. */
    static Money credit(List<BalanceRow> rows, String code) {
        AccountCode account = AccountCode.of(code);
        return rows.stream().filter(r -> r.dimensions().isEmpty() && r.account().isWithin(account)).map(BalanceRow::credit)
                .reduce(Money.cny(0), Money::plus);
    }

    /** Debit-positive net of the rows on {@code code} and below. */
    static Money net(List<BalanceRow> rows, String code) {
        AccountCode account = AccountCode.of(code);
        return rows.stream().filter(r -> r.dimensions().isEmpty() && r.account().isWithin(account)).map(BalanceRow::net)
                .reduce(Money.cny(0), Money::plus);
    }
}
