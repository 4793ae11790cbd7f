package io.xinling.domain.accounting.generation;

/**
 * Where a template puts the stock account: on the debit (natural inbound: receipts, gains), on the credit
 * (natural outbound: issues, and returns of those in red ink), or by the sign of each amount (documents that
 * move value between stock lines: transfers, assembly, stocktake).
 */
public enum Placement {
    INBOUND, OUTBOUND, BY_SIGN
}
