package io.xinling.domain.kernel;

import java.math.RoundingMode;

/**
 * Small-change rounding (抹零) of a payable amount. The step is a tenth or one whole unit of the
 * currency (1 jiao or 1 yuan for CNY). Directions are by magnitude, so a refund rounds like a sale:
 * truncate never increases what changes hands, ceiling never decreases it, half-up rounds halves away
 * from zero.
 */
public enum SmallChangeRounding {
    TRUNCATE_TENTH(Step.TENTH, RoundingMode.DOWN),
    TRUNCATE_UNIT(Step.UNIT, RoundingMode.DOWN),
    HALF_UP_TENTH(Step.TENTH, RoundingMode.HALF_UP),
    HALF_UP_UNIT(Step.UNIT, RoundingMode.HALF_UP),
    CEILING_TENTH(Step.TENTH, RoundingMode.UP),
    CEILING_UNIT(Step.UNIT, RoundingMode.UP);

    enum Step { TENTH, UNIT }

    private final Step step;
    private final RoundingMode mode;

    SmallChangeRounding(Step step, RoundingMode mode) {
        this.step = step;
        this.mode = mode;
    }

    /** The step in minor units of a currency with {@code fractionDigits} decimals. */
    long stepMinor(int fractionDigits) {
        long unit = Money.pow10(fractionDigits);
        return step == Step.UNIT ? unit : Math.max(1, unit / 10);
    }

    RoundingMode mode() {
        return mode;
    }
}
