package io.xinling.domain.catalog;

import java.util.Objects;
import java.util.Optional;

/** A node of the category tree; the root categories have no parent. */
public record Category(CategoryId id, Optional<CategoryId> parent, LocalizedName name) {

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(name, "name");
        if (parent.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("a category cannot be its own parent");
        }
    }
}
