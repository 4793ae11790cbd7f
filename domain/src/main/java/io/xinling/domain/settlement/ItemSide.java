package io.xinling.domain.settlement;

/**
 * {@link #DEBIT}: a charge that raises what the partner owes us (receivables) or we owe it (payables),
 * e.g. a delivery or a purchase receipt. {@link #CREDIT}: what settles charges, e.g. a receipt, a payment,
 * an advance or the credit of a return. A partner's balance is Σ debits − Σ credits.
 */
public enum ItemSide {
    DEBIT, CREDIT;

    public long sign() {
        return this == DEBIT ? 1 : -1;
    }
}
