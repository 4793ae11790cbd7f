package io.xinling.application.trade;

import io.xinling.domain.kernel.DocumentNumbers;
import io.xinling.domain.settlement.ItemSide;
import io.xinling.domain.settlement.Ledger;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The purchase and sales documents, each with the inventory document it posts and the side of the
 * partner's account it records (销售出库: receivable debit; 采购入库: payable debit; 销售退货: receivable credit;
 * 采购退货: payable credit, a debit note);
 * orders (销售订单, 采购订单) post nothing: deliveries and receipts fulfil them.
 */
public enum TradeKind {
    SALES_DELIVERY("XSCK", "issue", "sale", Ledger.RECEIVABLE, ItemSide.DEBIT),
    PURCHASE_RECEIPT("CGRK", "receipt", "purchase", Ledger.PAYABLE, ItemSide.DEBIT),
    SALES_RETURN("XSTH", "sales-return", null, Ledger.RECEIVABLE, ItemSide.CREDIT),
    PURCHASE_RETURN("CGTH", "purchase-return", null, Ledger.PAYABLE, ItemSide.CREDIT),
    SALES_ORDER("XSDD", null, null, null, null),
    PURCHASE_ORDER("CGDD", null, null, null, null);

    private final String prefix;
    private final String inventoryKind;
    private final String purpose;
    private final Ledger ledger;
    private final ItemSide side;

    TradeKind(String prefix, String inventoryKind, String purpose, Ledger ledger, ItemSide side) {
        this.prefix = prefix;
        this.inventoryKind = inventoryKind;
        this.purpose = purpose;
        this.ledger = ledger;
        this.side = side;
    }

    /**
     * The {@code n}-th document of this kind in the month of {@code date} (n from 1): {@code PREFIX-yyyyMM-NNNN},
     * at least four digits, with the prefixes Chinese users know (XSCK 销售出库, CGRK 采购入库, …).
     */
    public String number(LocalDate date, int n) {
        return DocumentNumbers.of(prefix, date, n);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Sales documents go to customers, purchase documents come from suppliers. */
    public boolean isSales() {
        return this == SALES_DELIVERY || this == SALES_RETURN || this == SALES_ORDER;
    }

    public boolean isReturn() {
        return this == SALES_RETURN || this == PURCHASE_RETURN;
    }

    /** What a return refers to: the sales delivery of a sales return, the purchase receipt of a purchase return. */
    public TradeKind returnSource() {
        return this == SALES_RETURN ? SALES_DELIVERY : this == PURCHASE_RETURN ? PURCHASE_RECEIPT : null;
    }

    /** The posted documents that may be cancelled, reversing stock and open item. */
    public boolean isPosting() {
        return inventoryKind != null;
    }

    public boolean isOrder() {
        return this == SALES_ORDER || this == PURCHASE_ORDER;
    }

    String inventoryKind() {
        return inventoryKind;
    }

    String purpose() {
        return purpose;
    }

    Ledger ledger() {
        return ledger;
    }

    ItemSide side() {
        return side;
    }
}
