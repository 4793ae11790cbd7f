package io.xinling.domain.inventory.document;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A kit or component line produced by assembly or disassembly, with the BOM's allocation weight per unit. */
public record WeightedLine(StockLine stock, Optional<BigDecimal> weight) {

    public WeightedLine {
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(weight, "weight");
        if (weight.filter(w -> w.signum() < 0).isPresent()) {
            throw new IllegalArgumentException("allocation weight is not negative");
        }
    }

    public static WeightedLine of(StockLine stock) {
        return new WeightedLine(stock, Optional.empty());
    }
}
