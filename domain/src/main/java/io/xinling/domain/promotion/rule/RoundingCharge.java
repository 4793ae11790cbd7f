package io.xinling.domain.promotion.rule;

/** A rounding rule that may round the ticket up: the excess is an "other charge", not a line discount. */
public interface RoundingCharge {

    /** The upward charge in minor units for this input (0 when it rounds down). */
    long upwardCharge(RuleInput input);
}
