package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.rule.FrozenList;

import java.util.Currency;
import java.util.List;

/**
 * A priced line: list and base unit price (after 促销调价), base amount, every adjustment, the total
 * discount and the payable ({@code baseAmount − discount}). Gift lines ({@code gift}) have a payable of
 * zero and are not merchandise for returns; {@code giftOf} names the scheme that granted them. A charge line
 * ({@code charge}, sku {@value #ROUNDING_CHARGE_SKU}) is the "other charge" of an upward 抹零 (spec 2.39): one unit
 * at the charge, no adjustment, not merchandise; with it the line payables sum to the order payable (3.17).
 */
public record LineResult(int lineNo, String sku, Quantity quantity, Money listUnitPrice, Money baseUnitPrice,
                         Money baseAmount, List<Adjustment> adjustments, Money discount, Money payable,
                         boolean gift, String giftOf, long unitsAtPromoPrice, boolean charge) {

    public static final String ROUNDING_CHARGE_SKU = "ROUNDING";

    public LineResult {
        adjustments = FrozenList.copyOf(adjustments);
        giftOf = giftOf == null ? "" : giftOf;
        if (charge && (gift || !adjustments.isEmpty())) {
            throw new IllegalArgumentException("a charge line is neither a gift nor adjusted");
        }
        if (!reconciles(baseAmount, discount, payable)) {
            throw new IllegalArgumentException("line " + lineNo + " does not reconcile");
        }
    }

    /** {@code baseAmount − discount = payable}, read off the minor units when all three share a currency. */
    private static boolean reconciles(Money baseAmount, Money discount, Money payable) {
        Currency c = baseAmount.currency();
        if (!c.equals(discount.currency()) || !c.equals(payable.currency())) {
            return baseAmount.minus(discount).equals(payable);
        }
        return Math.subtractExact(baseAmount.minor(), discount.minor()) == payable.minor();
    }

    /** A goods or gift line. */
    public LineResult(int lineNo, String sku, Quantity quantity, Money listUnitPrice, Money baseUnitPrice,
                      Money baseAmount, List<Adjustment> adjustments, Money discount, Money payable,
                      boolean gift, String giftOf, long unitsAtPromoPrice) {
        this(lineNo, sku, quantity, listUnitPrice, baseUnitPrice, baseAmount, adjustments, discount, payable, gift, giftOf,
                unitsAtPromoPrice, false);
    }

    /** The "other charge" line of an upward rounding of {@code amount}. */
    public static LineResult roundingCharge(int lineNo, Money amount) {
        return new LineResult(lineNo, ROUNDING_CHARGE_SKU, Quantity.ONE, amount, amount, amount, List.of(),
                Money.zero(amount.currency()), amount, false, "", 0, true);
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
