package io.xinling.domain.promotion.rule.coupon;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

import java.util.List;

/**
 * 2.32 商品券/单品券: amount off per covered unit, up to {@code maxUnits}; with {@code oncePerOrder} the
 * amount comes off a single unit, the cheapest eligible one (never a line the coupon does not cover).
 */
public record ProductCoupon(long amountPerUnit, long maxUnits, boolean oncePerOrder) implements Rule {

    public ProductCoupon {
        if (amountPerUnit <= 0 || maxUnits < 1) {
            throw new IllegalArgumentException("bad product coupon");
        }
    }

    @Override public String type() { return "product_coupon"; }

    @Override public Stage stage() { return Stage.S4_COUPON; }

    @Override public String defaultGroup() { return "S4_PRODUCT_COUPON"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        if (!oncePerOrder) {
            return ItemShares.of(in.withUnitCap(Math.min(in.unitCap(), maxUnits)), ItemBenefit.amountOff(amountPerUnit));
        }
        LineView cheapest = in.lines().stream().filter(v -> v.lineUnits() > 0)
                .min(java.util.Comparator.comparingLong(LineView::refUnit).thenComparingInt(LineView::index)).orElse(null);
        if (cheapest == null) {
            return RuleOutcome.skip(Reason.NO_ELIGIBLE_ITEMS, "无可用商品");
        }
        long off = Math.min(amountPerUnit, Math.min(cheapest.refUnit(), OrderBenefit.cap(in, amountPerUnit)));
        return RuleOutcome.shares(List.of(LineShare.of(cheapest.index(), off, 1, "单品券")), 1, "单品券 once");
    }
}
