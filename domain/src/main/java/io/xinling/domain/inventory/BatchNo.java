package io.xinling.domain.inventory;

import java.util.Objects;

/** A Batch number as printed on the goods: 1 to 64 characters, no surrounding blanks. */
public record BatchNo(String value) implements Comparable<BatchNo> {

    public BatchNo {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException("Batch number must have 1 to 64 characters");
        }
    }

    @Override
    public int compareTo(BatchNo other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
