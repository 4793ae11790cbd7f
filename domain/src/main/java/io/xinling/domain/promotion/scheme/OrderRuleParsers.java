package io.xinling.domain.promotion.scheme;

import io.xinling.domain.promotion.PostOrderReward;
import io.xinling.domain.promotion.rule.*;
import io.xinling.domain.promotion.rule.item.*;
import io.xinling.domain.promotion.rule.group.*;
import io.xinling.domain.promotion.rule.order.*;
import io.xinling.domain.promotion.rule.coupon.*;
import io.xinling.domain.promotion.rule.loyalty.*;
import io.xinling.domain.promotion.rule.finishing.*;

import java.util.Map;

import static io.xinling.domain.promotion.scheme.Params.Better.LESS;
import static io.xinling.domain.promotion.scheme.Params.Better.MORE;
import java.util.function.Function;

/** Parameter parsers of the order, coupon, loyalty and finishing rule types (spec 2.18–2.39, 2.41, 2.42). */
final class OrderRuleParsers {

    private OrderRuleParsers() {
    }

    static void register(Map<String, Function<Params, Rule>> r) {
        r.put("threshold_amount_off", p -> new ThresholdAmountOff(p.tiers("tiers", "threshold", t -> t.money("threshold"), "amount", t -> t.positiveMoney("amount"), MORE)));
        r.put("every_amount_off", p -> new EveryAmountOff(p.positiveMoney("threshold"), p.positiveMoney("amount"),
                p.count("maxTimes", Long.MAX_VALUE), p.money("maxAmount", Long.MAX_VALUE)));
        r.put("threshold_percent_off", p -> new ThresholdPercentOff(p.tiers("tiers", "threshold", t -> t.money("threshold"), "payRate", t -> t.discountRate("payRate"), LESS),
                p.money("maxDiscount", Long.MAX_VALUE)));
        r.put("qty_threshold_amount_off", p -> new QtyThresholdAmountOff(p.tiers("tiers", "minQty", t -> t.count("minQty"), "amount", t -> t.positiveMoney("amount"), MORE)));
        r.put("qty_threshold_percent_off", p -> new QtyThresholdPercentOff(p.tiers("tiers", "minQty", t -> t.count("minQty"), "payRate", t -> t.discountRate("payRate"), LESS)));
        r.put("threshold_gift", p -> new ThresholdGift(p.tiers("tiers", "threshold", t -> t.money("threshold"), "gifts",
                t -> t.has("gifts") ? t.atLeast("gifts", 1) : 1, MORE),
                ItemRuleParsers.gifts(p), p.flag("repeat", false)));
        r.put("threshold_reward_return", p -> new ThresholdRewardReturn(p.money("threshold"), rewardKind(p),
                p.string("reference", ""), "STORED_VALUE".equals(p.string("kind")) ? p.positiveMoney("amount") : p.atLeast("amount", 1)));
        r.put("whole_order_discount", p -> p.has("payRate") ? new WholeOrderDiscount(WholeOrderDiscount.Kind.PAY_RATE, p.discountRate("payRate"))
                : p.has("setTotal") ? new WholeOrderDiscount(WholeOrderDiscount.Kind.SET_TOTAL, p.money("setTotal"))
                : new WholeOrderDiscount(WholeOrderDiscount.Kind.AMOUNT_OFF, p.positiveMoney("amount")));
        r.put("free_shipping", p -> new FreeShipping(p.money("threshold", 0), shipping(p)));
        r.put("new_customer_offer", p -> new NewCustomerOffer(p.money("threshold", 0), p.has("payRate"),
                p.has("payRate") ? p.discountRate("payRate") : p.positiveMoney("amount")));
        r.put("payment_method_offer", p -> new PaymentMethodOffer(p.money("threshold", 0), p.has("payRate"),
                p.has("payRate") ? p.discountRate("payRate") : p.positiveMoney("amount")));
        registerCouponsAndFinishing(r);
    }

    private static void registerCouponsAndFinishing(Map<String, Function<Params, Rule>> r) {
        r.put("cash_coupon", p -> new CashCoupon(p.positiveMoney("amount")));
        r.put("threshold_coupon", p -> thresholdCoupon(p));
        r.put("percent_coupon", p -> new PercentCoupon(p.discountRate("payRate"), p.money("threshold", 0), p.money("maxDiscount", Long.MAX_VALUE)));
        r.put("product_coupon", p -> new ProductCoupon(p.positiveMoney("amount"), p.has("maxUnits") ? p.atLeast("maxUnits", 1) : Long.MAX_VALUE, p.flag("oncePerOrder", false)));
        r.put("shipping_coupon", p -> new ShippingCoupon(shipping(p)));
        r.put("exchange_coupon", p -> new ExchangeCoupon(p.money("price", 0)));
        r.put("points_earn_multiplier", p -> new PointsEarnMultiplier(multiplier(p)));
        r.put("points_redemption", p -> new PointsRedemption(p.atLeast("pointsPerYuan", 1), p.count("minPoints", 0),
                p.money("step", 1), p.payRate("maxShare")));
        r.put("stored_value_bonus", p -> new StoredValueBonus(p.tiers("tiers", "recharge", t -> t.money("recharge"), "bonus",
                t -> t.positiveMoney("bonus"), MORE),
                p.has("spending") ? Parts.enumOf(p, "spending", StoredValueBonus.Spending.class) : StoredValueBonus.Spending.PROPORTIONAL));
        r.put("gift_card", p -> new GiftCard(p.money("faceValue", 0)));
        r.put("rounding_off", p -> new RoundingOff(Parts.enumOf(p, "mode", RoundingMode.class), p.flag("onlyWhenDiscounted", false)));
        r.put("b2b_volume_rebate", p -> new B2bVolumeRebate(p.tiers("tiers", "volume", t -> t.money("volume"), "payRate",
                t -> t.discountRate("payRate"), LESS)));
        r.put("price_floor_guard", p -> new PriceFloorGuard(p.has("minPayRate") ? p.payRate("minPayRate") : 0));
    }

    /** The earn multiplier in ten-thousandths ("1.5" = 15000): at least 1, at most 1,000, four decimals at most. */
    private static long multiplier(Params p) {
        java.math.BigDecimal m = p.decimal("multiplier");
        if (m.compareTo(java.math.BigDecimal.ONE) < 0 || m.compareTo(java.math.BigDecimal.valueOf(1_000)) > 0) {
            throw p.invalid("multiplier", "must be from 1 to 1000");
        }
        if (m.stripTrailingZeros().scale() > 4) {
            throw p.invalid("multiplier", "at most four decimals");
        }
        return m.movePointRight(4).longValueExact();
    }

    private static ThresholdCoupon thresholdCoupon(Params p) {
        if (p.has("threshold") && p.has("minQty")) {
            throw p.invalid("minQty", "a threshold is an amount or a count, never both");
        }
        return p.has("minQty") ? new ThresholdCoupon(p.count("minQty"), true, p.positiveMoney("amount"))
                : new ThresholdCoupon(p.money("threshold"), false, p.positiveMoney("amount"));
    }

    private static PostOrderReward.Kind rewardKind(Params p) {
        try {
            return PostOrderReward.Kind.valueOf(p.string("kind"));
        } catch (IllegalArgumentException e) {
            throw p.invalid("kind", "must be COUPON, POINTS or STORED_VALUE");
        }
    }

    private static ShippingBenefit shipping(Params p) {
        if (p.has("payRate")) {
            return new ShippingBenefit(ShippingBenefit.Kind.PAY_RATE, p.discountRate("payRate"));
        }
        return p.has("amount") ? new ShippingBenefit(ShippingBenefit.Kind.AMOUNT_OFF, p.positiveMoney("amount"))
                : new ShippingBenefit(ShippingBenefit.Kind.FREE, 0);
    }
}
