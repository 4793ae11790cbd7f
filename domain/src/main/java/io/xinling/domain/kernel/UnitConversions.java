package io.xinling.domain.kernel;

import io.vavr.control.Either;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The units a SKU may be counted in: one base unit and other units with an exact positive factor
 * (1 箱 = 24 瓶 has factor 24). Conversion to the base unit multiplies exactly; a result with more than
 * {@value Quantity#SCALE} decimals is refused, never rounded.
 */
public final class UnitConversions {

    private final Unit base;
    private final Map<Unit, BigDecimal> factors;

    private UnitConversions(Unit base, Map<Unit, BigDecimal> factors) {
        this.base = base;
        this.factors = Map.copyOf(factors);
    }

    public static UnitConversions of(Unit base) {
        return new UnitConversions(base, Map.of(base, BigDecimal.ONE));
    }

    /** A copy with one more unit worth {@code factor} base units. */
    public UnitConversions with(Unit unit, BigDecimal factor) {
        Objects.requireNonNull(unit, "unit");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("conversion factor must be positive: " + factor);
        }
        if (unit.equals(base) && factor.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("the base unit has factor 1");
        }
        Map<Unit, BigDecimal> copy = new LinkedHashMap<>(factors);
        copy.put(unit, factor.stripTrailingZeros());
        return new UnitConversions(base, copy);
    }

    public Unit base() {
        return base;
    }

    public Map<Unit, BigDecimal> factors() {
        return factors;
    }

    public boolean knows(Unit unit) {
        return factors.containsKey(unit);
    }

    /** Converts a document quantity to base units, exactly. */
    public Either<KernelError, Quantity> toBase(String field, UnitQuantity q) {
        BigDecimal factor = factors.get(q.unit());
        if (factor == null) {
            return Either.left(new KernelError.UnknownUnit(q.unit().code()));
        }
        return Quantity.ofDecimal(field, q.quantity().value().multiply(factor));
    }

    /** Converts a base quantity to {@code unit}; exact when it divides, otherwise half-up at scale 6. */
    public Either<KernelError, UnitQuantity> fromBase(Quantity baseQuantity, Unit unit) {
        BigDecimal factor = factors.get(unit);
        if (factor == null) {
            return Either.left(new KernelError.UnknownUnit(unit.code()));
        }
        BigDecimal value = baseQuantity.value().divide(factor, Quantity.SCALE, RoundingMode.HALF_UP);
        return Either.right(new UnitQuantity(new Quantity(value), unit));
    }
}
