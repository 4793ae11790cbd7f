package io.xinling.domain.accounting;

/** The side on which an account's balance normally stands (余额方向). */
public enum Direction {
    DEBIT, CREDIT
}
