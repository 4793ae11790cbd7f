package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;

import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The lowest unit price a SKU may reach after every promotion (spec 2.42): a minimum price, a minimum
 * pay rate (最低折扣, applied to the base unit price) or a minimum margin over a unit cost the caller
 * passes in. The floor is the highest of the given constraints.
 */
public record PriceFloor(Optional<Money> minUnitPrice, Optional<Percentage> minPayRate,
                         Optional<Percentage> minMargin, Optional<Money> unitCost) {

    public static final PriceFloor NONE = new PriceFloor(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public PriceFloor {
        Objects.requireNonNull(minUnitPrice, "minUnitPrice");
        Objects.requireNonNull(minPayRate, "minPayRate");
        Objects.requireNonNull(minMargin, "minMargin");
        Objects.requireNonNull(unitCost, "unitCost");
        if (minMargin.isPresent() && unitCost.isEmpty()) {
            throw new IllegalArgumentException("a minimum margin needs a unit cost");
        }
    }

    public static PriceFloor minPrice(Money price) {
        return new PriceFloor(Optional.of(price), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static PriceFloor minPayRate(Percentage rate) {
        return new PriceFloor(Optional.empty(), Optional.of(rate), Optional.empty(), Optional.empty());
    }

    public static PriceFloor minMargin(Percentage margin, Money unitCost) {
        return new PriceFloor(Optional.empty(), Optional.empty(), Optional.of(margin), Optional.of(unitCost));
    }

    public boolean isNone() {
        return minUnitPrice.isEmpty() && minPayRate.isEmpty() && minMargin.isEmpty();
    }

    /** The floor unit price in minor units for a SKU whose base unit price is {@code baseUnitMinor}. */
    public long floorUnitMinor(Money baseUnit) {
        long floor = 0;
        if (minUnitPrice.isPresent()) {
            floor = Math.max(floor, minUnitPrice.get().minor());
        }
        if (minPayRate.isPresent()) {
            floor = Math.max(floor, minPayRate.get().of(baseUnit, RoundingMode.UP).minor());
        }
        if (minMargin.isPresent()) {
            Money cost = unitCost.orElseThrow();
            floor = Math.max(floor, cost.plus(minMargin.get().of(cost, RoundingMode.UP)).minor());
        }
        return floor;
    }
}
