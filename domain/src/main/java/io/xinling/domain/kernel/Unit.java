package io.xinling.domain.kernel;

import java.util.Objects;

/** A unit of measure named by a short code such as {@code 瓶}, {@code 箱} or {@code kg}. */
public record Unit(String code) {

    public Unit {
        Objects.requireNonNull(code, "code");
        code = code.strip();
        if (code.isEmpty() || code.length() > 16) {
            throw new IllegalArgumentException("unit code must have 1 to 16 characters");
        }
    }

    public static Unit of(String code) {
        return new Unit(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
