package io.xinling.domain.promotion.engine;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.BasePriceRule;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.OptionalLong;

/** Runs the stages of spec 3.2 in order over one cart. */
public final class Pricer {

    private Pricer() {
    }

    public static PricingResult price(Cart cart, PricingContext ctx, SchemeIndex index, PromotionPolicy policy) {
        Currency currency = cart.lines().isEmpty() ? Money.CNY : cart.lines().get(0).unitPrice().currency();
        if (!io.xinling.domain.promotion.PromotionEngine.canPrice(currency)) {
            throw new IllegalArgumentException("schemes price in a two-decimal currency, not in " + currency);
        }
        LineLedger ledger = new LineLedger(cart, currency);
        PricingRun run = new PricingRun(ledger, index.cover(ledger.lines), ctx, policy);
        List<CompiledScheme>[] byStage = byStage(run);
        basePrices(run, stage(byStage, Stage.S0_BASE_PRICE));
        ItemStage.run(run, stage(byStage, Stage.S1_ITEM_PRICE));
        GroupStage.run(run, stage(byStage, Stage.S2_ITEM_GROUP));
        for (Stage st : ORDER_STAGES) {
            List<CompiledScheme> schemes = byStage[st.ordinal()];
            if (schemes != null) {
                OrderStage.run(run, st, schemes);
            }
        }
        return ResultBuilder.build(run, cart);
    }

    private static final int STAGES = Stage.values().length;

    private static final Stage[] ORDER_STAGES = {Stage.S3_ORDER_THRESHOLD, Stage.S4_COUPON, Stage.S5_MANUAL,
        Stage.S6_POINTS, Stage.S7_TENDER_OFFER, Stage.S8_ROUNDING, Stage.TENDER, Stage.POST_ORDER};

    private static List<CompiledScheme> stage(List<CompiledScheme>[] byStage, Stage st) {
        List<CompiledScheme> list = byStage[st.ordinal()];
        return list == null ? List.of() : list;
    }

    /** Gates every candidate (in scheme-id order) and sorts the ones that pass by stage; guards switch on. */
    @SuppressWarnings("unchecked")
    private static List<CompiledScheme>[] byStage(PricingRun run) {
        List<CompiledScheme>[] byStage = new List[STAGES];
        // each stage's list sized to its candidates (the gate only takes some away), not grown as they come
        int[] sizes = new int[STAGES];
        for (CompiledScheme k : run.coverage.candidates) {
            sizes[k.stage.ordinal()]++;
        }
        for (CompiledScheme k : run.coverage.candidates) {
            Reason refused = Gate.refuse(k, run.ctx);
            if (refused != null) {
                run.skip(k, refused, 0, "");
            } else if (k.floorGuard != null) {
                run.floorGuard = true;
                run.ledger.raiseDefaultFloor(k.floorGuard.defaultMinPayBp());
            } else {
                List<CompiledScheme> list = byStage[k.stage.ordinal()];
                if (list == null) {
                    list = new ArrayList<>(sizes[k.stage.ordinal()]);
                    byStage[k.stage.ordinal()] = list;
                }
                list.add(k);
            }
        }
        return byStage;
    }

    /** S0: the lowest 促销调价 price of a line replaces its base price (never raises it). */
    private static void basePrices(PricingRun run, List<CompiledScheme> schemes) {
        for (CompiledScheme k : schemes) {
            BasePriceRule rule = k.basePrice;
            if (rule == null) {
                continue;
            }
            boolean any = false;
            for (int i = 0; i < run.ledger.size(); i++) {
                if (!run.coverage.covers(k, i)) {
                    continue;
                }
                OptionalLong unit = rule.baseUnit(run.view(i));
                if (unit.isPresent() && unit.getAsLong() < run.ledger.baseUnit[i]) {
                    run.ledger.setBaseUnit(i, unit.getAsLong());
                    any = true;
                }
            }
            if (!any) {
                run.skip(k, Reason.NO_BENEFIT, 0, "");
            }
        }
    }
}
