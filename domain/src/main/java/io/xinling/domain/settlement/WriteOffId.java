package io.xinling.domain.settlement;

public record WriteOffId(long value) {

    public WriteOffId {
        if (value <= 0) {
            throw new IllegalArgumentException("write-off id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
