package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;

/** A scheme that applied: its total benefit, how many times it applied, the basis and receipt label. */
public record AppliedScheme(String schemeId, int version, String ruleType, Stage stage, String label,
                            Money benefit, long uses, String basis) {
}
