package io.xinling.domain.inventory;

/** Identifies a warehouse within its tenant. */
public record WarehouseId(long value) {

    public WarehouseId {
        if (value <= 0) {
            throw new IllegalArgumentException("warehouse id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
