package io.xinling.domain.promotion.engine;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Adjustment;

import java.util.Currency;

/**
 * An adjustment while the run is still open: plain minor units, mutable so that the floor guard gives
 * part of it back in place. It becomes an {@link Adjustment} (with its {@link Money}) only when the
 * result is built, so the many benefits the guard takes back again never allocate one.
 */
final class Taken {

    private static final String CLAMPED = "; clamped at floor";

    final CompiledScheme k;
    long amount;
    final long units;
    private final String basis;
    final long points;
    /** How many times the floor guard cut it (each adds "; clamped at floor" to the basis). */
    private int clamps;

    Taken(CompiledScheme k, long amount, long units, String basis, long points) {
        this.k = k;
        this.amount = amount;
        this.units = units;
        this.basis = basis;
        this.points = points;
    }

    /** Gives back {@code back} (at most the amount); returns what is left. */
    long giveBack(long back) {
        amount -= back;
        clamps++;
        return amount;
    }

    Adjustment freeze(Currency currency) {
        String b = basis == null ? "" : basis;
        for (int c = 0; c < clamps; c++) {
            b += CLAMPED;
        }
        return new Adjustment(k.id, k.version, k.type, k.stage, k.exclusionGroup, Money.of(amount, currency), units, b,
                k.label, points);
    }
}
