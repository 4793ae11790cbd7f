package io.xinling.application.inventory;

import io.xinling.domain.catalog.Brand;

import java.util.Objects;

/** A brand with its code. */
public record BrandView(Brand brand, String code) {

    public BrandView {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(code, "code");
    }
}
