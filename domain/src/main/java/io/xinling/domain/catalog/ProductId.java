package io.xinling.domain.catalog;

/** Identifies a product within its tenant. */
public record ProductId(long value) {

    public ProductId {
        if (value <= 0) {
            throw new IllegalArgumentException("product id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
