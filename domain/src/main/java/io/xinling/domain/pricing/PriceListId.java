package io.xinling.domain.pricing;

public record PriceListId(long value) {

    public PriceListId {
        if (value <= 0) {
            throw new IllegalArgumentException("price list id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
