package io.xinling.application.inventory;

import io.xinling.domain.catalog.Category;
import io.xinling.domain.catalog.CategoryId;

import java.util.List;
import java.util.Objects;

/** A category with its code and its path from the root (ids, root first, itself last). */
public record CategoryView(Category category, String code, List<CategoryId> path) {

    public CategoryView {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(code, "code");
        path = List.copyOf(path);
    }
}
