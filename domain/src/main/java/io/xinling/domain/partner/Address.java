package io.xinling.domain.partner;

import java.util.Objects;

/** A postal address of a partner, of a kind such as {@code billing}, {@code shipping} or {@code office}. */
public record Address(String kind, String text) {

    public Address {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
