package io.xinling.domain.promotion.rule;

import io.xinling.domain.promotion.Stage;

/**
 * One rule type of spec section 2, with its parameters. A rule is a pure function of what it sees;
 * eligibility, windows, limits, selection and allocation to the frozen ledger are the engine's.
 */
public interface Rule {

    /** The catalogue id, e.g. {@code threshold_amount_off}. */
    String type();

    Stage stage();

    RuleOutcome evaluate(RuleInput input);

    /** The exclusion group used when the scheme names none (spec 3.3 defaults). */
    default String defaultGroup() {
        return stage().name();
    }

    /** True for 特价-like rules, so {@code excludeSpecialPriceItems} and member stacking can see them. */
    default boolean setsSpecialPrice() {
        return false;
    }

    /**
     * True when the rule can only give a benefit out of whole units available to it: seeing none (all its
     * lines used up by other schemes of its group), it skips, so the group search need not run it again.
     */
    default boolean needsUnits() {
        return false;
    }

    /** True for member-level discounts, which may stack on a special price when allowed. */
    default boolean isMemberDiscount() {
        return false;
    }

    /** The rule's own per-line pay rate in basis points for member stacking; 10000 when none. */
    default long memberPayBp(LineView line, io.xinling.domain.promotion.PricingContext context) {
        return Amounts.BP;
    }
}
