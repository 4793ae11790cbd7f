package io.xinling.domain.kernel;

/** The company (one account set) that owns every row it touches. */
public record TenantId(long value) {

    public TenantId {
        if (value <= 0) {
            throw new IllegalArgumentException("tenant id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
