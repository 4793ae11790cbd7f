package io.xinling.domain.catalog;

import io.xinling.domain.kernel.Unit;

import java.util.Objects;

/** What a barcode identifies: a SKU counted in one of its units (a case barcode means 1 箱). */
public record BarcodeMatch(SkuId sku, Unit unit) {

    public BarcodeMatch {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unit, "unit");
    }
}
