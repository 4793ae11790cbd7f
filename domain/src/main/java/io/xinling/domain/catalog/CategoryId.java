package io.xinling.domain.catalog;

/** Identifies a category within its tenant. */
public record CategoryId(long value) {

    public CategoryId {
        if (value <= 0) {
            throw new IllegalArgumentException("category id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
