package io.xinling.domain.accounting;

public record VoucherId(long value) {

    public VoucherId {
        if (value <= 0) {
            throw new IllegalArgumentException("voucher id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
