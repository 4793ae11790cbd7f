package io.xinling.domain.accounting;

/** A draft can be edited or deleted; a posted voucher moves the ledgers and is corrected only by reversal. */
public enum VoucherStatus {
    DRAFT, POSTED
}
