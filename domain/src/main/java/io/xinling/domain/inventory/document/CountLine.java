package io.xinling.domain.inventory.document;

import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.kernel.UnitQuantity;

import java.util.Objects;
import java.util.Optional;

/** A stocktake line: the counted quantity (实盘数); the gain or loss is derived when costed (spec 2.10). */
public record CountLine(int line, SkuId sku, Optional<BatchNo> batch, UnitQuantity counted) {

    public CountLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(counted, "counted");
    }
}
