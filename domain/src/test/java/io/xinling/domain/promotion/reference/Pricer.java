package io.xinling.domain.promotion.reference;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.BasePriceRule;
import io.xinling.domain.promotion.rule.FloorGuardRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The straightforward engine, frozen as it was before the compiled fast path (commit 8778bf4): the
 * oracle that {@code CompiledEngineProperties} compares {@link io.xinling.domain.promotion.PromotionEngine}
 * against. Test code only; do not optimise.
 */
public final class Pricer {

    private Pricer() {
    }

    public static PricingResult price(Cart cart, PricingContext ctx, SchemeIndex index, PromotionPolicy policy) {
        Currency currency = cart.lines().isEmpty() ? Money.CNY : cart.lines().get(0).unitPrice().currency();
        LineLedger ledger = new LineLedger(cart, currency);
        PricingRun run = new PricingRun(ledger, ctx, policy);
        Map<Stage, List<Scheme>> byStage = byStage(run, index.candidates(cart.lines()));
        basePrices(run, byStage.getOrDefault(Stage.S0_BASE_PRICE, List.of()));
        ItemStage.run(run, byStage.getOrDefault(Stage.S1_ITEM_PRICE, List.of()));
        GroupStage.run(run, byStage.getOrDefault(Stage.S2_ITEM_GROUP, List.of()));
        for (Stage st : List.of(Stage.S3_ORDER_THRESHOLD, Stage.S4_COUPON, Stage.S5_MANUAL, Stage.S6_POINTS,
                Stage.S7_TENDER_OFFER, Stage.S8_ROUNDING, Stage.TENDER, Stage.POST_ORDER)) {
            List<Scheme> schemes = byStage.get(st);
            if (schemes != null) {
                OrderStage.run(run, st, schemes);
            }
        }
        return ResultBuilder.build(run, cart);
    }

    /** Gates every candidate (in scheme-id order) and sorts the ones that pass by stage; guards switch on. */
    private static Map<Stage, List<Scheme>> byStage(PricingRun run, List<Scheme> schemes) {
        List<Scheme> candidates = new ArrayList<>(schemes);
        candidates.sort(Comparator.comparing(Scheme::id));
        Map<Stage, List<Scheme>> byStage = new EnumMap<>(Stage.class);
        for (Scheme s : candidates) {
            Optional<Reason> refused = Gate.refuse(s, run.ctx);
            if (refused.isPresent()) {
                run.skip(s, refused.get(), 0, "");
            } else if (s.rule() instanceof FloorGuardRule guard) {
                run.floorGuard = true;
                run.ledger.defaultFloorBp = Math.max(run.ledger.defaultFloorBp, guard.defaultMinPayBp());
            } else {
                byStage.computeIfAbsent(s.stage(), k -> new ArrayList<>()).add(s);
            }
        }
        return byStage;
    }

    /** S0: the lowest 促销调价 price of a line replaces its base price (never raises it). */
    private static void basePrices(PricingRun run, List<Scheme> schemes) {
        for (Scheme s : schemes) {
            if (!(s.rule() instanceof BasePriceRule rule)) {
                continue;
            }
            boolean any = false;
            for (int i = 0; i < run.ledger.size(); i++) {
                if (!s.scope().covers(run.ledger.lines[i])) {
                    continue;
                }
                OptionalLong unit = rule.baseUnit(run.ledger.view(i, run.wholeUnits(i)));
                if (unit.isPresent() && unit.getAsLong() < run.ledger.baseUnit[i]) {
                    run.ledger.setBaseUnit(i, unit.getAsLong());
                    any = true;
                }
            }
            if (!any) {
                run.skip(s, Reason.NO_BENEFIT, 0, "");
            }
        }
    }
}
