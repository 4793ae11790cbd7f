package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Posted vouchers as a plain-text journal that hledger and ledger-cli read: account directives named
 * {@code code name}, colon-separated along the chart's hierarchy; one transaction per voucher with its
 * word-number as the code; one posting per line, debit positive, credit negative, amounts exact in CNY;
 * dimensions as posting tags ({@code ; customer:C001}).
 */
public final class LedgerJournal {

    private static final int AMOUNT_COLUMN = 56;

    private LedgerJournal() {
    }

    public static String format(ChartOfAccounts chart, List<Voucher> vouchers, LocalDate from, LocalDate to) {
        return format(chart, List.of(), vouchers, from, to);
    }

    /**
     * With the balances brought forward to {@code from} ({@code opening}: the account totals, {@link DimensionValues#NONE}
     * rows, of everything posted before it) as a first transaction {@code opening balances}, so hledger's balances of a
     * journal that starts after the first voucher are the trial balance's closing balances, not only the turnover.
     */
    public static String format(ChartOfAccounts chart, List<BalanceRow> opening, List<Voucher> vouchers, LocalDate from,
                                LocalDate to) {
        StringBuilder out = new StringBuilder();
        out.append("; Xinling journal ").append(from).append(" .. ").append(to).append("\n");
        out.append("commodity CNY 1000.00\n");
        List<BalanceRow> brought = opening.stream().filter(r -> r.dimensions().isEmpty() && !r.net().isZero())
                .sorted(Comparator.comparing(BalanceRow::account)).toList();
        TreeSet<AccountCode> used = new TreeSet<>();
        brought.forEach(r -> used.add(r.account()));
        vouchers.forEach(v -> v.lines().forEach(l -> used.add(l.account())));
        used.forEach(code -> out.append("account ").append(name(chart, code)).append('\n'));
        if (!brought.isEmpty()) {
            out.append('\n').append(from).append(" * opening balances\n    ; brought forward: everything posted before ")
                    .append(from).append('\n');
            brought.forEach(r -> posting(out, name(chart, r.account()), r.net()).append('\n'));
        }
        for (Voucher voucher : vouchers) {
            out.append('\n').append(voucher.date()).append(" * (").append(voucher.display()).append(") ")
                    .append(clean(description(voucher))).append("\n    ; voucher:").append(voucher.id())
                    .append(", origin:").append(voucher.origin().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
            for (VoucherLine line : voucher.lines()) {
                posting(out, name(chart, line.account()), line.signed());
                if (!line.dimensions().isEmpty()) {
                    StringJoiner tags = new StringJoiner(", ", "  ; ", "");
                    line.dimensions().values().forEach((d, v) -> tags.add(d.wireName() + ":" + clean(v)));
                    out.append(tags);
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static StringBuilder posting(StringBuilder out, String accountName, Money amount) {
        String account = "    " + accountName;
        return out.append(account).append(" ".repeat(Math.max(2, AMOUNT_COLUMN - account.length()))).append("CNY ")
                .append(amount.format());
    }

    /** {@code 2221 应交税费:222101 应交增值税:22210102 销项税额}. */
    public static String name(ChartOfAccounts chart, AccountCode code) {
        String own = code.value() + " " + clean(chart.find(code).map(Account::name).getOrElse("?"));
        return code.parent().map(parent -> name(chart, parent) + ":" + own).getOrElse(own);
    }

    private static String description(Voucher voucher) {
        return voucher.lines().stream().map(VoucherLine::summary).filter(s -> !s.isBlank()).findFirst().orElse("记账凭证");
    }

    private static String clean(String text) {
        return text.replaceAll("[\\r\\n\\t;:]", " ").replaceAll(" {2,}", " ").strip();
    }
}
