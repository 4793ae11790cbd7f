package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cash flows of posted vouchers by {@link CashFlowItem} (现金流量表, 5.3). Cash accounts are 1001, 1002, 1012 and
 * their sub-accounts. A cash line with a {@code cash_flow} dimension counts under that item. A cash line without
 * one is classified by this rule:
 * <ol>
 *   <li>a voucher whose lines are all on cash accounts and carry no item is a transfer between cash accounts
 *       (its cash lines net to zero) and counts nowhere;</li>
 *   <li>otherwise the voucher's <em>deciding counter account</em> is its non-cash line with the largest absolute
 *       amount (the first such line on a tie), and {@link #COUNTER_RULES} maps it, by its longest listed prefix, to
 *       the item for cash coming in (the cash line's signed amount &gt; 0) and the item for cash going out;</li>
 *   <li>a counter account no rule lists, or a voucher with no non-cash line, gives CF02 (in) or CF06 (out).</li>
 * </ol>
 * Every cash line of a voucher that is not a pure transfer lands in exactly one item, so line 20 (现金净增加额)
 * always equals the change of the cash accounts (I-23).
 */
public final class CashFlows {

    public static final List<AccountCode> CASH_ACCOUNTS = List.of(AccountCode.of("1001"), AccountCode.of("1002"),
            AccountCode.of("1012"));

    /** {@code "prefix in out"}: the counter-account prefix, the item when cash comes in, the item when it goes out. */
    public static final List<String> COUNTER_RULES = List.of(
            "1121 CF01 CF01", "1122 CF01 CF01", "2203 CF01 CF01", "5001 CF01 CF01", "5051 CF01 CF01", "22210102 CF01 CF01",
            "1123 CF03 CF03", "1401 CF03 CF03", "1402 CF03 CF03", "1403 CF03 CF03", "1404 CF03 CF03", "1405 CF03 CF03",
            "1408 CF03 CF03", "1411 CF03 CF03", "1421 CF03 CF03", "2201 CF03 CF03", "2202 CF03 CF03", "4001 CF03 CF03",
            "4101 CF03 CF03", "5401 CF03 CF03", "5402 CF03 CF03", "22210101 CF03 CF03",
            "2211 CF04 CF04",
            "2221 CF05 CF05", "5403 CF05 CF05", "5801 CF05 CF05",
            "1101 CF08 CF11", "1501 CF08 CF11", "1511 CF08 CF11",
            "1131 CF09 CF09", "1132 CF09 CF09", "5111 CF09 CF09",
            "1601 CF10 CF12", "1604 CF10 CF12", "1605 CF10 CF12", "1606 CF10 CF12", "1621 CF10 CF12", "1701 CF10 CF12",
            "1801 CF10 CF12", "4301 CF10 CF12",
            "2001 CF14 CF16", "2501 CF14 CF16",
            "3001 CF15 CF15", "3002 CF15 CF15",
            "2231 CF17 CF17", "560303 CF17 CF17",
            "2232 CF18 CF18", "3104 CF18 CF18");

    private CashFlows() {
    }

    public static boolean isCash(AccountCode account) {
        return CASH_ACCOUNTS.stream().anyMatch(account::isWithin);
    }

    /** The item amounts of these vouchers (drafts are the caller's to leave out): positive = the item's usual way. */
    public static Map<CashFlowItem, Money> of(List<Voucher> vouchers) {
        Map<CashFlowItem, Money> flows = new EnumMap<>(CashFlowItem.class);
        for (CashFlowItem item : CashFlowItem.values()) {
            flows.put(item, Money.cny(0));
        }
        for (Voucher voucher : vouchers) {
            add(voucher.lines(), flows);
        }
        return flows;
    }

    private static void add(List<VoucherLine> lines, Map<CashFlowItem, Money> flows) {
        List<VoucherLine> cash = lines.stream().filter(l -> isCash(l.account())).toList();
        if (cash.isEmpty()) {
            return;
        }
        boolean anyItem = cash.stream().anyMatch(l -> l.dimensions().has(Dimension.CASH_FLOW));
        var counter = lines.stream().filter(l -> !isCash(l.account()))
                .max(Comparator.comparingLong((VoucherLine l) -> Math.abs(l.signed().minor()))
                        .thenComparing(Comparator.comparingInt(lines::indexOf).reversed()))
                .map(VoucherLine::account);
        if (counter.isEmpty() && !anyItem) {
            return;
        }
        for (VoucherLine line : cash) {
            Money signed = line.signed();
            CashFlowItem item = line.dimensions().has(Dimension.CASH_FLOW)
                    ? CashFlowItem.fromCode(line.dimensions().values().get(Dimension.CASH_FLOW)).orElseThrow(
                            () -> new IllegalArgumentException("unknown cash-flow item on a posted line"))
                    : classify(counter.orElse(null), signed.isPositive());
            flows.merge(item, item.inflow() ? signed : signed.negate(), Money::plus);
        }
    }

    /** The item rule 2 and 3 give a cash line coming in ({@code inflow}) or going out against {@code counter}. */
    public static CashFlowItem classify(AccountCode counter, boolean inflow) {
        String best = null;
        if (counter != null) {
            for (String rule : COUNTER_RULES) {
                String prefix = rule.substring(0, rule.indexOf(' '));
                if (counter.isWithin(AccountCode.of(prefix)) && (best == null || prefix.length() > best.indexOf(' '))) {
                    best = rule;
                }
            }
        }
        if (best == null) {
            return inflow ? CashFlowItem.CF02 : CashFlowItem.CF06;
        }
        String[] parts = best.split(" ");
        return CashFlowItem.valueOf(inflow ? parts[1] : parts[2]);
    }
}
