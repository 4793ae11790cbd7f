package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.settlement.ItemKind;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.PaymentMethod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.xinling.domain.accounting.generation.LineRule.credit;
import static io.xinling.domain.accounting.generation.LineRule.debit;
import static io.xinling.domain.accounting.generation.PostingAmount.GROSS;

/**
 * The built-in templates of receipts, payments and write-offs (spec 4.1 S-4 to S-6, P-6, P-7; version 1).
 * A receipt (收款单) books the cash account of its method against 1122 [customer], an advance (预收) against
 * 220301 [customer]; a payment (付款单) books 220201 [supplier], an advance payment (预付) 1123 [supplier]. A
 * write-off (核销) moves no GL balance, except that applying an advance reclassifies it (预收冲应收 Dr 220301 /
 * Cr 1122, 预付冲应付 Dr 220201 / Cr 1123); its reversal is the same in red ink (a negative amount). A write-off
 * of items in a foreign currency booked at different rates also books the realised exchange difference
 * (已实现汇兑损益) between the partner's account and 560302, so that each item's CNY balance closes with it.
 */
public final class SettlementTemplates {

    public static final long VERSION = 1;

    /** The cash account of each payment method (1012 其他货币资金 has a sub-account per wallet). */
    private static final Map<PaymentMethod, String> CASH = Map.of(
            PaymentMethod.CASH, "1001", PaymentMethod.BANK, "1002", PaymentMethod.WECHAT, "101201",
            PaymentMethod.ALIPAY, "101202");

    private static final Map<Ledger, String> OPEN_ITEMS = Map.of(Ledger.RECEIVABLE, "1122", Ledger.PAYABLE, "220201");
    private static final Map<Ledger, String> ADVANCES = Map.of(Ledger.RECEIVABLE, "220301", Ledger.PAYABLE, "1123");

    /** 财务费用—汇兑损益: a gain is credited, a loss debited (product decision 6). */
    public static final AccountCode EXCHANGE_RESULT = AccountCode.of("560302");

    private SettlementTemplates() {
    }

    /**
     * {@code lines} with the realised exchange {@code difference} of a write-off (the credit's book fall minus the
     * charge's, see {@code ExchangeDifference}) booked in: receivable Dr 1122 [partner] / Cr 560302 (a gain), payable
     * Cr 220201 [partner] / Dr 560302 (a loss), the other way round when it is negative, in red ink on the
     * original sides for a reversal. Lines of one account and dimensions are then netted onto the side of the
     * first of them (bank Dr 720.00, 1122 Cr 710.00, 560302 Cr 10.00 rather than 1122 both ways).
     */
    public static List<VoucherLine> withExchangeDifference(Ledger ledger, DimensionValues partner, List<VoucherLine> lines,
                                                           Money difference, boolean reversal, String reference) {
        if (difference.isZero()) {
            return lines;
        }
        boolean flip = (reversal ? difference.negate() : difference).isNegative();
        Money amount = flip ? difference.negate() : difference;
        boolean openDebit = (ledger == Ledger.RECEIVABLE) != flip;
        AccountCode open = AccountCode.of(OPEN_ITEMS.get(ledger));
        String text = ("汇兑损益 " + reference).strip();
        List<VoucherLine> all = new ArrayList<>(lines);
        all.add(openDebit ? VoucherLine.debit(text, open, partner, amount) : VoucherLine.credit(text, open, partner, amount));
        all.add(openDebit ? VoucherLine.credit(text, EXCHANGE_RESULT, DimensionValues.NONE, amount)
                : VoucherLine.debit(text, EXCHANGE_RESULT, DimensionValues.NONE, amount));
        return netted(all);
    }

    /**
     * {@code lines} of a receipt or payment recorded with its write-offs, with the realised exchange difference of each
     * settled item (its source, e.g. {@code sales-delivery XSCK-202604-0001}, mapped to the difference) booked in as
     * {@link #withExchangeDifference} does for one: the partner's lines net into one, but each item keeps its own
     * 560302 line naming it, so a gain on one invoice and a loss on another are both shown instead of cancelling out
     * (lines of opposite sides are never merged, 3.4).
     */
    public static List<VoucherLine> withExchangeDifferences(Ledger ledger, DimensionValues partner, List<VoucherLine> lines,
                                                            Map<String, Money> differences, String reference) {
        List<VoucherLine> all = new ArrayList<>(lines);
        differences.forEach((item, difference) -> {
            if (!difference.isZero()) {
                all.addAll(withExchangeDifference(ledger, partner, List.of(), difference, false, reference + " " + item));
            }
        });
        return netted(all);
    }

    private static List<VoucherLine> netted(List<VoucherLine> lines) {
        Map<String, VoucherLine> first = new LinkedHashMap<>();
        Map<String, Money> sums = new LinkedHashMap<>();
        int exchange = 0;
        for (VoucherLine line : lines) {
            String key = line.account().value() + "|" + line.dimensions().key()
                    + (line.account().equals(EXCHANGE_RESULT) ? "|" + exchange++ : "");
            first.putIfAbsent(key, line);
            sums.merge(key, line.signed(), Money::plus);
        }
        List<VoucherLine> out = new ArrayList<>();
        first.forEach((key, line) -> {
            Money sum = sums.get(key);
            if (!sum.isZero()) {
                out.add(line.isDebit() ? VoucherLine.debit(line.summary(), line.account(), line.dimensions(), sum)
                        : VoucherLine.credit(line.summary(), line.account(), line.dimensions(), sum.negate()));
            }
        });
        return out;
    }

    /** The voucher of a received receipt or advance (RECEIVABLE) or a paid payment or advance (PAYABLE). */
    public static PostingTemplate money(Ledger ledger, ItemKind kind, PaymentMethod method) {
        return money(ledger, kind, method, CASH.get(method));
    }

    /** As above, posting the money to {@code cash}, the account the tenant maps the method to (3.4 payment.method.account). */
    public static PostingTemplate money(Ledger ledger, ItemKind kind, PaymentMethod method, String cash) {
        if (kind == ItemKind.DOCUMENT) {
            throw new IllegalArgumentException("documents book through their own templates");
        }
        String partner = kind == ItemKind.ADVANCE ? ADVANCES.get(ledger) : OPEN_ITEMS.get(ledger);
        boolean in = ledger == Ledger.RECEIVABLE;
        String id = "settlement." + (in ? "receipt" : "payment") + (kind == ItemKind.ADVANCE ? "-advance" : "")
                + "." + method.name().toLowerCase(java.util.Locale.ROOT);
        String summary = in ? (kind == ItemKind.ADVANCE ? "预收款" : "收款") : (kind == ItemKind.ADVANCE ? "预付款" : "付款");
        return new PostingTemplate(id, VERSION, summary, in
                ? List.of(debit(cash, GROSS), credit(partner, GROSS).withPartner())
                : List.of(debit(partner, GROSS).withPartner(), credit(cash, GROSS)));
    }

    /** The voucher of a write-off (or its reversal) whose credit is of {@code creditKind}; none unless an advance. */
    public static Optional<PostingTemplate> writeOff(Ledger ledger, ItemKind creditKind) {
        if (creditKind != ItemKind.ADVANCE) {
            return Optional.empty();
        }
        boolean in = ledger == Ledger.RECEIVABLE;
        String advance = ADVANCES.get(ledger);
        String open = OPEN_ITEMS.get(ledger);
        return Optional.of(new PostingTemplate(in ? "settlement.apply-advance-received" : "settlement.apply-advance-paid",
                VERSION, in ? "预收冲应收" : "预付冲应付", in
                ? List.of(debit(advance, GROSS).withPartner(), credit(open, GROSS).withPartner())
                : List.of(debit(open, GROSS).withPartner(), credit(advance, GROSS).withPartner())));
    }
}
