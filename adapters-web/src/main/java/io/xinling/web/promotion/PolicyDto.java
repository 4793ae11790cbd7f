package io.xinling.web.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.ReturnPolicy;
import io.xinling.domain.promotion.SelectionMode;
import io.xinling.domain.promotion.ThresholdBase;
import io.xinling.domain.promotion.UnitSelection;
import io.xinling.web.common.ApiException;

/** The promotion strategy settings on the wire; every field is required when replacing them. */
record PolicyDto(String selection, String thresholdBase, String unitSelection, String minimumPayable,
                 Boolean memberStacksOnSpecialPrice, String returnPolicy, Long pointsPerUnitPaid,
                 Integer exhaustiveLimit, Boolean floorGuardAlways) {

    static PolicyDto of(PromotionPolicy p) {
        return new PolicyDto(p.selection().name(), p.thresholdBase().name(), p.unitSelection().name(),
                Money.cny(p.minimumPayableMinor()).format(), p.memberStacksOnSpecialPrice(), p.returnPolicy().name(),
                p.pointsPerUnitPaid(), p.exhaustiveLimit(), p.floorGuardAlways());
    }

    PromotionPolicy toPolicy() {
        long minimum = Money.parse("minimumPayable", required("minimumPayable", minimumPayable), Money.CNY)
                .getOrElseThrow(e -> ApiException.unprocessable("minimumPayable", e.message())).minor();
        long points = required("pointsPerUnitPaid", pointsPerUnitPaid);
        int exhaustive = required("exhaustiveLimit", exhaustiveLimit);
        if (minimum != 0 && minimum != 1) {
            throw ApiException.unprocessable("minimumPayable", "0.00 or 0.01 (spec 3.1: the least an order may cost)");
        }
        if (points < 0 || exhaustive < 0 || exhaustive > 7) {
            String field = points < 0 ? "pointsPerUnitPaid" : "exhaustiveLimit";
            throw ApiException.unprocessable(field, "out of range (exhaustiveLimit 0 to 7, pointsPerUnitPaid not negative)");
        }
        return new PromotionPolicy(enumOf(SelectionMode.class, "selection", selection),
                enumOf(ThresholdBase.class, "thresholdBase", thresholdBase),
                enumOf(UnitSelection.class, "unitSelection", unitSelection), minimum,
                required("memberStacksOnSpecialPrice", memberStacksOnSpecialPrice),
                enumOf(ReturnPolicy.class, "returnPolicy", returnPolicy), points, exhaustive,
                required("floorGuardAlways", floorGuardAlways));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, required(field, value));
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable(field, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw ApiException.unprocessable(field, "is required");
        }
        return value;
    }
}
