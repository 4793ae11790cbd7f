package io.xinling.domain.promotion;

import java.util.Objects;

/**
 * The tenant's strategy settings (策略设置, spec 3.1): selection inside an exclusion group, threshold
 * base, default unit selection, minimum payable per order in minor units, whether 特价 items may also
 * take the member discount, the default return policy, points earned per whole currency unit paid, the
 * size up to which overlapping group schemes are searched exhaustively, and whether the price-floor
 * guard runs without a {@code price_floor_guard} scheme.
 */
public record PromotionPolicy(SelectionMode selection, ThresholdBase thresholdBase, UnitSelection unitSelection,
                              long minimumPayableMinor, boolean memberStacksOnSpecialPrice, ReturnPolicy returnPolicy,
                              long pointsPerUnitPaid, int exhaustiveLimit, boolean floorGuardAlways) {

    public static final PromotionPolicy DEFAULT = new PromotionPolicy(SelectionMode.BEST_FOR_CUSTOMER,
            ThresholdBase.AFTER_EARLIER_STAGES, UnitSelection.CUSTOMER_BEST, 0, false, ReturnPolicy.KEEP_ALLOCATION,
            1, 4, true);

    public PromotionPolicy {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(thresholdBase, "thresholdBase");
        Objects.requireNonNull(unitSelection, "unitSelection");
        Objects.requireNonNull(returnPolicy, "returnPolicy");
        if (minimumPayableMinor < 0 || pointsPerUnitPaid < 0 || exhaustiveLimit < 0 || exhaustiveLimit > 7) {
            throw new IllegalArgumentException("policy values out of range");
        }
    }

    public PromotionPolicy withSelection(SelectionMode mode) {
        return new PromotionPolicy(mode, thresholdBase, unitSelection, minimumPayableMinor, memberStacksOnSpecialPrice,
                returnPolicy, pointsPerUnitPaid, exhaustiveLimit, floorGuardAlways);
    }

    public PromotionPolicy withThresholdBase(ThresholdBase base) {
        return new PromotionPolicy(selection, base, unitSelection, minimumPayableMinor, memberStacksOnSpecialPrice,
                returnPolicy, pointsPerUnitPaid, exhaustiveLimit, floorGuardAlways);
    }

    public PromotionPolicy withUnitSelection(UnitSelection units) {
        return new PromotionPolicy(selection, thresholdBase, units, minimumPayableMinor, memberStacksOnSpecialPrice,
                returnPolicy, pointsPerUnitPaid, exhaustiveLimit, floorGuardAlways);
    }

    public PromotionPolicy withMinimumPayable(long minor) {
        return new PromotionPolicy(selection, thresholdBase, unitSelection, minor, memberStacksOnSpecialPrice,
                returnPolicy, pointsPerUnitPaid, exhaustiveLimit, floorGuardAlways);
    }

    public PromotionPolicy withMemberStacksOnSpecialPrice(boolean stacks) {
        return new PromotionPolicy(selection, thresholdBase, unitSelection, minimumPayableMinor, stacks,
                returnPolicy, pointsPerUnitPaid, exhaustiveLimit, floorGuardAlways);
    }

    public PromotionPolicy withExhaustiveLimit(int limit) {
        return new PromotionPolicy(selection, thresholdBase, unitSelection, minimumPayableMinor, memberStacksOnSpecialPrice,
                returnPolicy, pointsPerUnitPaid, limit, floorGuardAlways);
    }
}
