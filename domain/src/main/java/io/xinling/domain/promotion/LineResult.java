package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

import java.util.List;

/**
 * A priced line: list and base unit price (after 促销调价), base amount, every adjustment, the total
 * discount and the payable ({@code baseAmount − discount}). Gift lines ({@code gift}) have a payable of
 * zero and are not merchandise for returns; {@code giftOf} names the scheme that granted them.
 */
public record LineResult(int lineNo, String sku, Quantity quantity, Money listUnitPrice, Money baseUnitPrice,
                         Money baseAmount, List<Adjustment> adjustments, Money discount, Money payable,
                         boolean gift, String giftOf, long unitsAtPromoPrice) {

    public LineResult {
        adjustments = List.copyOf(adjustments);
        giftOf = giftOf == null ? "" : giftOf;
        if (!baseAmount.minus(discount).equals(payable)) {
            throw new IllegalArgumentException("line " + lineNo + " does not reconcile");
        }
    }

    /** The sum of this line's adjustments from one scheme. */
    public Money discountBy(String schemeId) {
        Money sum = Money.zero(discount.currency());
        for (Adjustment a : adjustments) {
            if (a.schemeId().equals(schemeId)) {
                sum = sum.plus(a.amount());
            }
        }
        return sum;
    }

    public long pointsRedeemed() {
        long points = 0;
        for (Adjustment a : adjustments) {
            points += a.points();
        }
        return points;
    }
}
