package io.xinling.domain.promotion.rule;

import io.xinling.domain.promotion.CartLine;

/**
 * A cart line as a rule sees it at its stage: {@code index} into the cart, the whole units still
 * available to the scheme's exclusion group ({@code 0} for a fractional quantity), the current payable
 * of the line in minor units, the base amount and base unit price (after 促销调价), the reference unit
 * price at this stage (payable ÷ quantity, half up), the floor unit price, and whether an earlier stage
 * gave it a special price; {@code lineUnits} is the whole line's unit count (0 if fractional).
 */
public record LineView(int index, CartLine line, long units, long payable, long baseAmount, long baseUnit,
                       long refUnit, long floorUnit, boolean specialPriced, long lineUnits) {

    public String sku() {
        return line.sku();
    }

    public boolean whole() {
        return lineUnits > 0;
    }

}
