package io.xinling.domain.catalog;

/** Identifies a brand within its tenant. */
public record BrandId(long value) {

    public BrandId {
        if (value <= 0) {
            throw new IllegalArgumentException("brand id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
