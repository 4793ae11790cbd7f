package io.xinling.domain.inventory;

/** What a warehouse is. */
public enum WarehouseKind {
    CENTRAL,
    STORE,
    THIRD_PARTY
}
