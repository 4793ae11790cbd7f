package io.xinling.application.inventory;

import io.xinling.domain.catalog.Product;
import io.xinling.domain.catalog.Sku;

import java.util.List;

/** A product with its SKUs. */
public record ProductView(Product product, List<Sku> skus) {

    public ProductView {
        skus = List.copyOf(skus);
    }
}
