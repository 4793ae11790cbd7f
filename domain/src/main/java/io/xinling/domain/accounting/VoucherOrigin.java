package io.xinling.domain.accounting;

/** Who made a voucher: a person, a reversal of another voucher, the close (结转损益), or generation from a document. */
public enum VoucherOrigin {
    MANUAL, REVERSAL, CARRY_FORWARD, GENERATED
}
