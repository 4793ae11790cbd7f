package io.xinling.domain.inventory;

import java.util.Objects;

/** A Serial number as printed on the goods: 1 to 64 characters, no surrounding blanks. */
public record SerialNo(String value) implements Comparable<SerialNo> {

    public SerialNo {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException("Serial number must have 1 to 64 characters");
        }
    }

    @Override
    public int compareTo(SerialNo other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
