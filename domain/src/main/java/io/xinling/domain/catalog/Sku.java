package io.xinling.domain.catalog;

import io.vavr.control.Either;
import io.xinling.domain.kernel.KernelError;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.kernel.UnitConversions;
import io.xinling.domain.kernel.UnitQuantity;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stock-keeping unit: one variant of a product (its auxiliary attributes, such as colour and size),
 * counted in a base unit with exact conversions to its other units, with a barcode per unit, a
 * tracking policy, a shelf life for batches, a tax rate and a reference cost (参考成本, per base unit,
 * used when stock has no value behind it). {@code batchCosting} puts the batch into the costing key
 * (分批核算); {@code zeroCostAllowed} lets units without any reference cost be valued at zero.
 */
public record Sku(SkuId id, ProductId product, String code, LocalizedName name, Map<String, String> attributes,
                  UnitConversions units, Map<Barcode, Unit> barcodes, TrackingPolicy tracking,
                  Optional<Integer> shelfLifeDays, TaxRate taxRate, Optional<Money> referenceCost,
                  boolean batchCosting, boolean zeroCostAllowed) {

    public Sku {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        attributes = Map.copyOf(attributes);
        Objects.requireNonNull(units, "units");
        barcodes = Map.copyOf(barcodes);
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(shelfLifeDays, "shelfLifeDays");
        Objects.requireNonNull(taxRate, "taxRate");
        Objects.requireNonNull(referenceCost, "referenceCost");
        if (barcodes.values().stream().anyMatch(u -> !units.knows(u))) {
            throw new IllegalArgumentException("a barcode names a unit the SKU does not have");
        }
        if (tracking == TrackingPolicy.SERIAL
                && units.factors().values().stream().anyMatch(f -> f.stripTrailingZeros().scale() > 0)) {
            throw new IllegalArgumentException("a serial-tracked SKU counts whole units: every unit factor is a whole number");
        }
        if (referenceCost.filter(Money::isNegative).isPresent()) {
            throw new IllegalArgumentException("a reference cost is never negative (it values units with no value behind them)");
        }
        if (shelfLifeDays.filter(d -> d <= 0).isPresent()) {
            throw new IllegalArgumentException("shelf life must be positive");
        }
    }

    /** A plain SKU with only a base unit, for tests and simple set-ups. */
    public static Sku simple(long id, String code, Unit base) {
        return new Sku(new SkuId(id), new ProductId(id), code, LocalizedName.zh(code), Map.of(),
                UnitConversions.of(base), Map.of(), TrackingPolicy.NONE, Optional.empty(), TaxRate.ZERO,
                Optional.empty(), false, false);
    }

    public Unit baseUnit() {
        return units.base();
    }

    /** Converts a quantity in any of this SKU's units to base units, exactly (invariant I-28). */
    public Either<CatalogError, Quantity> toBase(UnitQuantity quantity) {
        return units.toBase("quantity", quantity).mapLeft(this::translate);
    }

    /** A base quantity expressed in {@code unit} (exact when it divides, else half-up at scale 6). */
    public UnitQuantity fromBase(Quantity base, Unit unit) {
        return units.fromBase(base, units.knows(unit) ? unit : units.base()).get();
    }

    /** The expiry of a batch produced on {@code produced}, when the SKU has a shelf life. */
    public Optional<LocalDate> expiryOf(LocalDate produced) {
        return shelfLifeDays.map(produced::plusDays);
    }

    public Sku withUnits(UnitConversions newUnits) {
        return new Sku(id, product, code, name, attributes, newUnits, barcodes, tracking, shelfLifeDays, taxRate,
                referenceCost, batchCosting, zeroCostAllowed);
    }

    public Sku withTracking(TrackingPolicy policy, Optional<Integer> shelfLife) {
        return new Sku(id, product, code, name, attributes, units, barcodes, policy, shelfLife, taxRate,
                referenceCost, batchCosting, zeroCostAllowed);
    }

    public Sku withReferenceCost(Optional<Money> cost, boolean allowZero) {
        return new Sku(id, product, code, name, attributes, units, barcodes, tracking, shelfLifeDays, taxRate,
                cost, batchCosting, allowZero);
    }

    private CatalogError translate(KernelError e) {
        return e instanceof KernelError.UnknownUnit u
                ? new CatalogError.UnknownUnit(id, u.unit())
                : new CatalogError.TooManyDecimals(id, e.message());
    }
}
