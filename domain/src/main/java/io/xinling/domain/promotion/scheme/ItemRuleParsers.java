package io.xinling.domain.promotion.scheme;

import io.xinling.domain.promotion.UnitSelection;
import io.xinling.domain.promotion.rule.*;
import io.xinling.domain.promotion.rule.item.*;
import io.xinling.domain.promotion.rule.group.*;
import io.xinling.domain.promotion.rule.order.*;
import io.xinling.domain.promotion.rule.coupon.*;
import io.xinling.domain.promotion.rule.loyalty.*;
import io.xinling.domain.promotion.rule.finishing.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.xinling.domain.promotion.scheme.Params.Better.LESS;

/** Parameter parsers of the item-price and item-group rule types (spec 2.1–2.17, 2.40). */
final class ItemRuleParsers {

    private ItemRuleParsers() {
    }

    static void register(Map<String, Function<Params, Rule>> r) {
        r.put("special_price", p -> new SpecialPrice(p.money("price")));
        r.put("percent_off_item", p -> new PercentOffItem(p.discountRate("payRate"), p.money("maxDiscountPerLine", Long.MAX_VALUE)));
        r.put("amount_off_item", p -> new AmountOffItem(p.positiveMoney("amount"), p.flag("perLine", false)));
        r.put("flash_sale", p -> new FlashSale(p.money("price")));
        r.put("time_limited_discount", p -> new TimeLimitedDiscount(perSku(p), p.has("default") ? benefit(p.object("default")) : null));
        r.put("member_price", p -> new MemberPrice(memberPrices(nonEmpty(p, "prices"))));
        r.put("member_level_discount", p -> new MemberLevelDiscount(levelRates(nonEmpty(p, "payRates"))));
        r.put("member_day", p -> new MemberDay(benefit(p)));
        r.put("scheduled_price_adjustment", p -> new ScheduledPriceAdjustment(skuPrices(nonEmpty(p, "prices"))));
        r.put("tiered_unit_price", p -> new TieredUnitPrice(p.has("tiers") && p.objects("tiers").get(0).has("payRate")
                ? p.tiers("tiers", "minQty", t -> t.atLeast("minQty", 1), "payRate", t -> t.discountRate("payRate"), LESS)
                : p.tiers("tiers", "minQty", t -> t.atLeast("minQty", 1), "price", t -> t.money("price"), LESS),
                p.objects("tiers").get(0).has("payRate") ? ItemBenefit.Kind.PAY_RATE : ItemBenefit.Kind.PRICE,
                "INCREMENTAL".equals(mode(p, "ALL_UNITS", "INCREMENTAL")), p.flag("mixed", false)));
        r.put("nth_unit_discount", p -> new NthUnitDiscount(p.atLeast("n", 2), benefit(p), p.count("maxGroups", Long.MAX_VALUE), selection(p)));
        r.put("buy_n_get_m_free", p -> new BuyNGetMFree(p.atLeast("n", 1), p.atLeast("m", 1), "ADD".equals(mode(p, "CONVERT", "ADD")),
                p.count("maxGroups", Long.MAX_VALUE), selection(p)));
        r.put("buy_x_get_y", p -> new BuyXGetY(p.count("triggerQty", 0), p.money("triggerAmount", 0), gifts(p),
                p.has("giftsPerTrigger") ? p.atLeast("giftsPerTrigger", 1) : 1, p.flag("once", false)));
        r.put("buy_x_discount_y", p -> new BuyXDiscountY(skus(p, "xSkus"), p.has("k") ? p.atLeast("k", 1) : 1, skus(p, "ySkus"),
                p.has("j") ? p.atLeast("j", 1) : 1, benefit(p)));
        r.put("bundle_price", p -> new BundlePrice(slots(p), p.money("price")));
        r.put("n_for_price", p -> new NForPrice(p.atLeast("n", 1), p.money("price"), selection(p)));
        r.put("add_on_purchase", p -> new AddOnPurchase(addOnTiers(p)));
        r.put("b2b_free_goods", p -> new B2bFreeGoods(p.atLeast("n", 1), p.atLeast("m", 1), p.has("freeSku") ? p.string("freeSku") : null,
                p.money("freeValue", 0)));
    }

    /** One of {@code price}, {@code payRate} or {@code amountOff}. */
    static ItemBenefit benefit(Params p) {
        if (p.has("price")) {
            return ItemBenefit.price(p.money("price"));
        }
        if (p.has("payRate")) {
            return ItemBenefit.payRate(p.discountRate("payRate"));
        }
        if (p.has("amountOff")) {
            return ItemBenefit.amountOff(p.positiveMoney("amountOff"));
        }
        throw p.invalid("payRate", "one of price, payRate or amountOff is required");
    }

    /** The rule's {@code mode}: {@code otherwise} when absent, else one of {@code otherwise} and {@code alternative}. */
    private static String mode(Params p, String otherwise, String alternative) {
        String mode = p.string("mode", otherwise);
        if (!mode.equals(otherwise) && !mode.equals(alternative)) {
            throw p.invalid("mode", "must be " + otherwise + " or " + alternative);
        }
        return mode;
    }

    /** A list of SKUs the rule cannot do without (a rule with none would never apply). */
    private static java.util.Set<String> skus(Params p, String key) {
        java.util.Set<String> skus = p.strings(key);
        if (skus.isEmpty()) {
            throw p.invalid(key, "needs at least one SKU");
        }
        return skus;
    }

    static UnitSelection selection(Params p) {
        String s = p.string("unitSelection", "");
        try {
            return s.isEmpty() ? null : UnitSelection.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw p.invalid("unitSelection", "must be CUSTOMER_BEST or MERCHANT_BEST");
        }
    }

    /** An object of the rule that must name at least one entry (a rule with none would never give anything). */
    private static Params nonEmpty(Params p, String key) {
        Params o = p.object(key);
        if (o.map().isEmpty()) {
            throw p.invalid(key, "needs at least one entry");
        }
        return o;
    }

    private static Map<String, ItemBenefit> perSku(Params p) {
        if (!p.has("default") && p.object("skus").map().isEmpty()) {
            throw p.invalid("skus", "needs at least one SKU, or a default benefit");
        }
        Map<String, ItemBenefit> out = new HashMap<>();
        Params skus = p.object("skus");
        skus.map().keySet().forEach(k -> out.put(k, benefit(skus.object(k))));
        return out;
    }

    private static Map<String, Long> skuPrices(Params p) {
        Map<String, Long> out = new HashMap<>();
        p.map().keySet().forEach(k -> out.put(k, p.money(k)));
        return out;
    }

    private static Map<String, Map<String, Long>> memberPrices(Params p) {
        Map<String, Map<String, Long>> out = new HashMap<>();
        p.map().keySet().forEach(level -> out.put(level, skuPrices(p.object(level))));
        return out;
    }

    private static Map<String, Long> levelRates(Params p) {
        Map<String, Long> out = new HashMap<>();
        p.map().keySet().forEach(level -> out.put(level, p.discountRate(level)));
        return out;
    }

    static List<GiftOption> gifts(Params p) {
        List<GiftOption> out = new ArrayList<>();
        for (Params g : p.objects("gifts")) {
            out.add(new GiftOption(g.string("sku"), g.money("value")));
        }
        return out;
    }

    private static List<BundleSlot> slots(Params p) {
        List<BundleSlot> out = new ArrayList<>();
        for (Params s : p.objects("slots")) {
            if (s.strings("skus").isEmpty()) {
                throw s.invalid("skus", "a slot needs at least one SKU");
            }
            out.add(new BundleSlot(s.strings("skus"), s.has("qty") ? s.atLeast("qty", 1) : 1));
        }
        return out;
    }

    private static List<AddOnTier> addOnTiers(Params p) {
        List<AddOnTier> out = new ArrayList<>();
        for (Params t : p.objects("tiers")) {
            if (t.strings("skus").isEmpty()) {
                throw t.invalid("skus", "a tier needs at least one add-on SKU");
            }
            AddOnTier tier = new AddOnTier(t.money("threshold"), t.strings("skus"), t.money("price"), t.has("maxQty") ? t.atLeast("maxQty", 1) : 1);
            if (!out.isEmpty() && tier.threshold() <= out.get(out.size() - 1).threshold()) {
                throw t.invalid("threshold", "tiers overlap: thresholds must strictly increase");
            }
            out.add(tier);
        }
        return out;
    }
}
