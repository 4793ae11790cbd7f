package io.xinling.domain.inventory.costing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact integer arithmetic of the costing engine: quantities in millionths of a base unit, values in
 * minor units. The fast path stays in {@code long}; products that overflow fall back to BigInteger,
 * so results never depend on which path ran.
 */
final class CostArithmetic {

    static final int QTY_SCALE = 6;
    static final int REF_SCALE = 10;

    private CostArithmetic() {
    }

    /** {@code round(a × b / c)} half-up (symmetric), {@code c > 0}. */
    static long mulDivHalfUp(long a, long b, long c) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            long quotient = lo / c;
            long remainder = lo % c;
            if (Math.abs(remainder) >= c - Math.abs(remainder)) {
                quotient += lo < 0 ? -1 : 1;
            }
            return quotient;
        }
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
        return exact.divide(BigDecimal.valueOf(c), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Value share (spec 0): all the value when all the quantity goes, else round(V × q / Q). */
    static long share(long value, long qty, long held) {
        return qty == held ? value : mulDivHalfUp(value, qty, held);
    }

    /** The reference cost V/Q per base unit, in major units at scale 10 (spec 2.2). */
    static BigDecimal unitCost(long valueMinor, long qtyMicro, int moneyDigits) {
        return BigDecimal.valueOf(valueMinor, moneyDigits)
                .divide(BigDecimal.valueOf(qtyMicro, QTY_SCALE), REF_SCALE, RoundingMode.HALF_UP);
    }

    /** round2(R × q) in minor units. */
    static long costAt(BigDecimal unitCost, long qtyMicro, int moneyDigits) {
        return unitCost.multiply(BigDecimal.valueOf(qtyMicro, QTY_SCALE))
                .setScale(moneyDigits, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
