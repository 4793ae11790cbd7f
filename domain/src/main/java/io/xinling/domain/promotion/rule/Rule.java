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

    /**
     * The skip this rule gives whenever the lines it sees hold {@code units} whole units in all, however they are
     * spread and priced (too few for any group, deal or tier), else {@code null}. The engine asks it before building
     * the rule's input, from the units it keeps per line, and the rule's own evaluation starts with it, so that both
     * answer alike (the same reason and message).
     */
    default RuleOutcome.Skip tooFewUnits(long units) {
        return null;
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
