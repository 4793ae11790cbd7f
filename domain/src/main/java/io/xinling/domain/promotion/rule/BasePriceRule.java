package io.xinling.domain.promotion.rule;

import java.util.OptionalLong;

/** A stage-S0 rule (促销调价): replaces the base unit price of a covered line; not an adjustment. */
public interface BasePriceRule {

    /** The new base unit price in minor units for this line, if the rule sets one. */
    OptionalLong baseUnit(LineView line);
}
