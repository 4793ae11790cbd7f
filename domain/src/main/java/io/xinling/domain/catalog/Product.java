package io.xinling.domain.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A product as sold; its variants (by colour, size, ...) are its SKUs. It may sit in one category of the
 * tenant's tree and carry one brand; images are absolute http(s) URLs, the first being the main picture.
 */
public record Product(ProductId id, String code, LocalizedName name, Optional<CategoryId> category,
                      Optional<BrandId> brand, List<String> images) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(brand, "brand");
        images = List.copyOf(images);
    }
}
