package io.xinling.domain.inventory.document;

import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.kernel.Money;

import java.util.Objects;
import java.util.Optional;

/** A cost adjustment line: the change of value of the SKU's stock (positive or negative), quantity unchanged. */
public record AdjustmentLine(int line, SkuId sku, Optional<BatchNo> batch, Money change) {

    public AdjustmentLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(change, "change");
    }
}
