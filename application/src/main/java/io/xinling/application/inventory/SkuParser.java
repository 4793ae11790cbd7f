package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.catalog.Barcode;
import io.xinling.domain.catalog.LocalizedName;
import io.xinling.domain.catalog.ProductId;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.catalog.TrackingPolicy;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.kernel.UnitConversions;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds a SKU from its command; a malformed field is refused with its name. */
final class SkuParser {

    private SkuParser() {
    }

    static Either<StockError, Sku> parse(long id, ProductId product, CatalogCommands.NewSku s, String f) {
        try {
            return Either.right(build(id, product, s, f));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Either.left(new StockError.Invalid(f, String.valueOf(e.getMessage())));
        }
    }

    private static Sku build(long id, ProductId product, CatalogCommands.NewSku s, String f) {
        UnitConversions units = UnitConversions.of(Unit.of(required(s.baseUnit(), f + ".baseUnit")));
        for (CatalogCommands.UnitFactor u : s.units() == null ? java.util.List.<CatalogCommands.UnitFactor>of() : s.units()) {
            units = units.with(Unit.of(u.unit()), new BigDecimal(required(u.factor(), f + ".units.factor")));
        }
        Map<Barcode, Unit> barcodes = new LinkedHashMap<>();
        for (CatalogCommands.BarcodeUnit b : s.barcodes() == null ? java.util.List.<CatalogCommands.BarcodeUnit>of() : s.barcodes()) {
            barcodes.put(new Barcode(b.code()), Unit.of(b.unit() == null ? units.base().code() : b.unit()));
        }
        TrackingPolicy tracking = TrackingPolicy.valueOf((s.tracking() == null ? "none" : s.tracking()).toUpperCase(Locale.ROOT));
        Optional<Money> reference = Optional.ofNullable(s.referenceCost()).map(r -> Money.parse(f + ".referenceCost", r, Money.CNY)
                .getOrElseThrow(e -> new IllegalArgumentException(e.message())));
        String code = required(s.code(), f + ".code");
        return new Sku(new SkuId(id), product, code, LocalizedName.zh(s.name() == null ? code : s.name()),
                s.attributes() == null ? Map.of() : s.attributes(), units, barcodes, tracking,
                Optional.ofNullable(s.shelfLifeDays()), s.taxRate() == null ? TaxRate.ZERO : TaxRate.ofPercent(s.taxRate()),
                reference, Boolean.TRUE.equals(s.batchCosting()), Boolean.TRUE.equals(s.zeroCostAllowed()));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
