package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.kernel.UnitQuantity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A line counted against a source line (the order line a delivery or receipt fulfils, the delivery or receipt
 * line a return names) counts in the source line's unit: a quantity in another unit of the SKU converts through
 * the SKU (12 个 = 1 箱 when a 箱 holds 12), and one that does not convert exactly is refused, naming the unit.
 */
final class SourceUnits {

    private SourceUnits() {
    }

    /** {@code line}'s quantity in {@code sourceUnit}; Left names {@code at + "unit"}. */
    static Either<TradeDocumentError, Quantity> inSourceUnit(Sku sku, TradeLine line, String sourceUnit, String at,
                                                             String source) {
        Quantity quantity = line.input().quantity();
        if (line.unit().equals(sourceUnit)) {
            return Either.right(quantity);
        }
        BigDecimal factor = sku == null ? null : sku.units().factors().get(Unit.of(sourceUnit));
        var base = sku == null ? null : sku.toBase(new UnitQuantity(quantity, Unit.of(line.unit())));
        if (factor == null || base.isLeft()) {
            return Either.left(new TradeDocumentError.Invalid(at + "unit", source + " is in " + sourceUnit
                    + ", which " + line.unit() + " does not convert to"));
        }
        BigDecimal inSource = base.get().value().divide(factor, Quantity.SCALE, RoundingMode.HALF_UP);
        if (inSource.multiply(factor).compareTo(base.get().value()) != 0) {
            return Either.left(new TradeDocumentError.Invalid(at + "unit", source + " is in " + sourceUnit + ", and "
                    + quantity.format() + " " + line.unit() + " is no exact quantity of " + sourceUnit
                    + "; enter it in " + sourceUnit));
        }
        return Either.right(new Quantity(inSource));
    }
}
