package io.xinling.domain.inventory;

/** Identifies a branch within its tenant. */
public record BranchId(long value) {

    public BranchId {
        if (value <= 0) {
            throw new IllegalArgumentException("branch id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
