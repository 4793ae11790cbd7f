package io.xinling.domain.promotion.scheme;

/**
 * Stacking flags (spec 3.3). The {@code stacksWith*} flags say whether lines this scheme touched still
 * take benefits of the later stages; {@code excludeSpecialPriceItems} keeps 特价 lines out of this
 * scheme; {@code exclusive} means the units it touches take nothing else and leave every later base.
 */
public record Stacking(boolean stacksWithMemberDiscount, boolean stacksWithOrderPromotions, boolean stacksWithCoupons,
                       boolean stacksWithPoints, boolean excludeSpecialPriceItems, boolean exclusive) {

    public static final Stacking DEFAULT = new Stacking(false, true, true, true, false, false);

    public static final Stacking EXCLUSIVE = new Stacking(false, false, false, false, false, true);

    public Stacking withExcludeSpecialPriceItems(boolean exclude) {
        return new Stacking(stacksWithMemberDiscount, stacksWithOrderPromotions, stacksWithCoupons, stacksWithPoints,
                exclude, exclusive);
    }

    public Stacking withMemberDiscount(boolean stacks) {
        return new Stacking(stacks, stacksWithOrderPromotions, stacksWithCoupons, stacksWithPoints,
                excludeSpecialPriceItems, exclusive);
    }
}
