package io.xinling.domain.partner;

/** A business partner: a customer, a supplier, or both. */
public record PartnerId(long value) {

    public PartnerId {
        if (value <= 0) {
            throw new IllegalArgumentException("partner id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
