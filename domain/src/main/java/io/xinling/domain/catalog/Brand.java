package io.xinling.domain.catalog;

import java.util.Objects;

/** A brand that products are sold under. */
public record Brand(BrandId id, LocalizedName name) {

    public Brand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
