package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;

import java.util.Objects;

/**
 * One benefit frozen on one line (spec 3.7 step 6, 3.14): scheme id and version, rule type, stage,
 * exclusion group, the amount taken off the line, the units covered, the basis (weights, tier or
 * rate used), the receipt label, and the points that paid for it (积分抵现 only).
 */
public record Adjustment(String schemeId, int version, String ruleType, Stage stage, String exclusionGroup,
                         Money amount, long units, String basis, String label, long points) {

    public Adjustment {
        Objects.requireNonNull(schemeId, "schemeId");
        Objects.requireNonNull(ruleType, "ruleType");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(amount, "amount");
        basis = basis == null ? "" : basis;
        label = label == null ? "" : label;
        if (amount.isNegative() || units < 0 || points < 0) {
            throw new IllegalArgumentException("adjustment amount, units and points must not be negative");
        }
    }
}
