package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cash flows of posted vouchers by {@link CashFlowItem} (现金流量表, 5.3). Cash accounts are 1001, 1002, 1012 and
 * their sub-accounts. A cash line with a {@code cash_flow} dimension counts under that item. The cash lines without
 * one are taken together, by their net, with this rule:
 * <ol>
 *   <li>a net of zero moved cash between cash accounts (a transfer, or a wallet settled into the bank) and counts
 *       nowhere; a settlement that nets a fee out of the transfer counts the fee only;</li>
 *   <li>otherwise the counter lines that bring the net cash in (the non-cash credits) or take it out (the non-cash
 *       debits) share it in proportion to their amounts (largest remainder, so the shares sum to the net), and
 *       {@link #COUNTER_RULES} maps each counter account, by its longest listed prefix, to the item for cash coming
 *       in and the item for cash going out: a sale at 5001 with its output tax at 22210102 and a loan at 2001 on one
 *       receipt count under 销售 and 借款 each for its own part;</li>
 *   <li>a counter account no rule lists, or a net with no such counter line, gives CF02 (in) or CF06 (out).</li>
 * </ol>
 * Every cent of a voucher's net cash lands in exactly one item, so line 20 (现金净增加额) always equals the change of
 * the cash accounts (I-23).
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
        Money unassigned = Money.cny(0);
        for (VoucherLine line : lines.stream().filter(l -> isCash(l.account())).toList()) {
            if (line.dimensions().has(Dimension.CASH_FLOW)) {
                book(flows, CashFlowItem.fromCode(line.dimensions().values().get(Dimension.CASH_FLOW)).orElseThrow(
                        () -> new IllegalArgumentException("unknown cash-flow item on a posted line")), line.signed());
            } else {
                unassigned = unassigned.plus(line.signed());
            }
        }
        if (unassigned.isZero()) {
            return;
        }
        boolean inflow = unassigned.isPositive();
        // the counter lines that bring the cash in (credits) or take it out (debits) share the net cash by their amounts
        List<VoucherLine> counters = lines.stream().filter(l -> !isCash(l.account())
                && (inflow ? l.signed().isNegative() : l.signed().isPositive())).toList();
        if (counters.isEmpty()) {
            book(flows, classify(null, inflow), unassigned);
            return;
        }
        List<Money> shares = unassigned.allocate(counters.stream().mapToLong(l -> Math.abs(l.signed().minor())).toArray());
        for (int i = 0; i < counters.size(); i++) {
            book(flows, classify(counters.get(i).account(), inflow), shares.get(i));
        }
    }

    /** Cash moved by {@code signed} (debit positive) under {@code item}: positive is the item's usual way. */
    private static void book(Map<CashFlowItem, Money> flows, CashFlowItem item, Money signed) {
        flows.merge(item, item.inflow() ? signed : signed.negate(), Money::plus);
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
