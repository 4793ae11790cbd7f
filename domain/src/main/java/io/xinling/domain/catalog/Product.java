package io.xinling.domain.catalog;

import java.util.Objects;
import java.util.Optional;

/** A product as sold; its variants (by colour, size, ...) are its SKUs. */
public record Product(ProductId id, String code, LocalizedName name, CategoryId category, Optional<BrandId> brand) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(brand, "brand");
    }
}
