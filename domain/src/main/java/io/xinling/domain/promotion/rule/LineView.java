package io.xinling.domain.promotion.rule;

import io.xinling.domain.promotion.CartLine;

/**
 * A cart line as a rule sees it at its stage: {@code index} into the cart, the whole units still
 * available to the scheme's exclusion group ({@code 0} for a fractional quantity), the current payable
 * of the line in minor units, the base amount and base unit price (after 促销调价), the reference unit
 * price at this stage (payable ÷ quantity, half up), the floor unit price, and whether an earlier stage
 * gave it a special price.
 */
public record LineView(int index, CartLine line, long units, long payable, long baseAmount, long baseUnit,
                       long refUnit, long floorUnit, boolean specialPriced) {

    public String sku() {
        return line.sku();
    }

    public boolean whole() {
        return units > 0 || line.quantity().value().stripTrailingZeros().scale() <= 0;
    }

    /** Units of the whole line (not only the available ones); 0 for a fractional quantity. */
    public long lineUnits() {
        return Amounts.wholeUnits(line.quantity());
    }
}
