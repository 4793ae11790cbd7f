package io.xinling.domain.settlement;

public record SettlementItemId(long value) {

    public SettlementItemId {
        if (value <= 0) {
            throw new IllegalArgumentException("item id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
