package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.catalog.Barcode;
import io.xinling.domain.catalog.LocalizedName;
import io.xinling.domain.catalog.ProductId;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.catalog.TrackingPolicy;
import io.xinling.domain.kernel.DecimalText;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.kernel.UnitConversions;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds a SKU from its command; a malformed field is refused with its name. */
final class SkuParser {

    /**
     * The largest factor of a unit: a billion base units (a tonne counted in grams is a million). Larger factors only
     * come from typing mistakes, and would put a few document units beyond the quantities the stock ledger holds.
     */
    static final BigDecimal MAX_FACTOR = new BigDecimal("1000000000");

    private SkuParser() {
    }

    static Either<StockError, Sku> parse(long id, ProductId product, CatalogCommands.NewSku s, String f) {
        if (s == null) {
            return Either.left(new StockError.Invalid(f, "is null; every SKU is an object"));
        }
        try {
            return Either.right(build(id, product, s, f));
        } catch (Bad e) {
            return Either.left(new StockError.Invalid(e.field, e.getMessage()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Either.left(new StockError.Invalid(f, String.valueOf(e.getMessage())));
        }
    }

    private static Sku build(long id, ProductId product, CatalogCommands.NewSku s, String f) {
        TrackingPolicy tracking = tracking(s.tracking(), f + ".tracking");
        UnitConversions units = units(s, tracking, f);
        Map<Barcode, Unit> barcodes = new LinkedHashMap<>();
        List<CatalogCommands.BarcodeUnit> barcodeList = s.barcodes() == null ? List.of() : s.barcodes();
        for (int i = 0; i < barcodeList.size(); i++) {
            CatalogCommands.BarcodeUnit b = element(barcodeList.get(i), f + ".barcodes[" + i + "]");
            barcodes.put(new Barcode(b.code()), Unit.of(b.unit() == null ? units.base().code() : b.unit()));
        }
        Optional<Money> reference = Optional.ofNullable(s.referenceCost()).map(r -> Money.parse(f + ".referenceCost", r, Money.CNY)
                .getOrElseThrow(e -> new Bad(f + ".referenceCost", reason(e.message()))));
        if (reference.filter(Money::isNegative).isPresent()) {
            throw new Bad(f + ".referenceCost", "is a cost per base unit of zero or more");
        }
        String code = required(s.code(), f + ".code");
        return new Sku(new SkuId(id), product, code, LocalizedName.zh(s.name() == null ? code : s.name()),
                attributes(s.attributes(), f + ".attributes"), units, barcodes, tracking,
                Optional.ofNullable(s.shelfLifeDays()), taxRate(s.taxRate(), f + ".taxRate"),
                reference, Boolean.TRUE.equals(s.batchCosting()), Boolean.TRUE.equals(s.zeroCostAllowed()));
    }

    /**
     * The base unit and the other units, each named once with a positive factor; a serial-tracked SKU counts whole
     * units, so its factors are whole numbers.
     */
    private static UnitConversions units(CatalogCommands.NewSku s, TrackingPolicy tracking, String f) {
        UnitConversions units = UnitConversions.of(Unit.of(required(s.baseUnit(), f + ".baseUnit")));
        List<CatalogCommands.UnitFactor> unitList = s.units() == null ? List.of() : s.units();
        for (int i = 0; i < unitList.size(); i++) {
            String at = f + ".units[" + i + "]";
            CatalogCommands.UnitFactor u = element(unitList.get(i), at);
            Unit unit = Unit.of(required(u.unit(), at + ".unit"));
            if (units.knows(unit)) {
                throw new Bad(at + ".unit", unit + " is named twice (or is the base unit); each unit has one factor");
            }
            BigDecimal factor;
            try {
                factor = DecimalText.parse(required(u.factor(), at + ".factor"));
            } catch (NumberFormatException e) {
                throw new Bad(at + ".factor", "is a decimal number of base units per " + unit);
            }
            if (factor.signum() <= 0) {
                throw new Bad(at + ".factor", "is a positive number of base units per " + unit);
            }
            if (factor.stripTrailingZeros().scale() > Quantity.SCALE) {
                throw new Bad(at + ".factor", "has at most " + Quantity.SCALE + " decimals: one " + unit
                        + " must be a quantity of base units the ledger can hold");
            }
            if (factor.compareTo(MAX_FACTOR) > 0) {
                throw new Bad(at + ".factor", "is at most " + MAX_FACTOR.toPlainString() + " base units per " + unit);
            }
            if (tracking == TrackingPolicy.SERIAL && factor.stripTrailingZeros().scale() > 0) {
                throw new Bad(at + ".factor", "is a whole number: a serial-tracked SKU counts whole units");
            }
            units = units.with(unit, factor);
        }
        return units;
    }

    private static TrackingPolicy tracking(String wire, String field) {
        for (TrackingPolicy p : TrackingPolicy.values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(wire == null ? "none" : wire)) {
                return p;
            }
        }
        throw new Bad(field, "is one of none, batch, serial");
    }

    /** A VAT rate as a percent: "13" is 13 %. */
    private static TaxRate taxRate(String percent, String field) {
        if (percent == null) {
            return TaxRate.ZERO;
        }
        try {
            BigDecimal value = DecimalText.parse(percent);
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new Bad(field, "is a percent from 0 to 100 (13 means 13 %)");
            }
            return TaxRate.ofPercent(value.toPlainString());
        } catch (NumberFormatException e) {
            throw new Bad(field, "is a percent from 0 to 100 (13 means 13 %)");
        }
    }

    private static <T> T element(T value, String field) {
        if (value == null) {
            throw new Bad(field, "is null; every element is an object");
        }
        return value;
    }

    private static Map<String, String> attributes(Map<String, String> raw, String field) {
        if (raw == null) {
            return Map.of();
        }
        raw.forEach((name, value) -> {
            if (value == null) {
                throw new Bad(field + "." + name, "is null; every attribute has a value");
            }
        });
        return raw;
    }

    /** A kernel refusal's reason without the field it names first ({@code "field: reason"}). */
    private static String reason(String message) {
        int at = message.indexOf(": ");
        return at < 0 ? message : message.substring(at + 2);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new Bad(field, "is required");
        }
        return value;
    }

    /** A malformed field, named. */
    private static final class Bad extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Bad(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }
}
