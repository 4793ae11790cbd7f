package io.xinling.domain.inventory.document;

import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.SerialNo;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.kernel.UnitQuantity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A document line moving a quantity of a SKU in any of its units, with batch and serials as tracked. */
public record StockLine(int line, SkuId sku, UnitQuantity quantity, Optional<BatchInfo> batch, List<SerialNo> serials) {

    public StockLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(batch, "batch");
        serials = List.copyOf(serials);
        if (line < 1 || line >= (1 << 20)) {
            throw new IllegalArgumentException("line numbers run from 1");
        }
    }

    public static StockLine of(int line, SkuId sku, String quantity, String unit) {
        return new StockLine(line, sku, new UnitQuantity(Quantity.of(quantity), Unit.of(unit)), Optional.empty(),
                List.of());
    }

    public StockLine withBatch(BatchInfo info) {
        return new StockLine(line, sku, quantity, Optional.of(info), serials);
    }

    public StockLine withSerials(List<SerialNo> numbers) {
        return new StockLine(line, sku, quantity, batch, numbers);
    }
}
