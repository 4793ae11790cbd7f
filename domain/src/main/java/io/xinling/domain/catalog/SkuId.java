package io.xinling.domain.catalog;

/** Identifies a sku within its tenant. */
public record SkuId(long value) {

    public SkuId {
        if (value <= 0) {
            throw new IllegalArgumentException("sku id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
