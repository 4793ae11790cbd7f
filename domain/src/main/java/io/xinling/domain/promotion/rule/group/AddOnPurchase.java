package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Offer;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 2.17 加价购/换购: once the condition lines (all eligible lines except add-on SKUs) reach a tier, up to
 * k units of that tier's add-on SKUs in the cart cost P. The add-on's own amount never counts toward the
 * condition; when the condition stops holding the add-on stays at its normal price with a message.
 */
public record AddOnPurchase(List<AddOnTier> tiers) implements Rule {

    public AddOnPurchase {
        tiers = List.copyOf(tiers);
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).threshold() <= tiers.get(i - 1).threshold()) {
                throw new IllegalArgumentException("add-on tiers must increase");
            }
        }
    }

    @Override public String type() { return "add_on_purchase"; }

    @Override public Stage stage() { return Stage.S2_ITEM_GROUP; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        Set<String> addOnSkus = new java.util.HashSet<>();
        tiers.forEach(t -> addOnSkus.addAll(t.skus()));
        RuleInput condition = in.withLines(in.lines().stream().filter(v -> !addOnSkus.contains(v.sku())).toList());
        long base = condition.thresholdBase();
        AddOnTier tier = null;
        for (AddOnTier t : tiers) {
            tier = base >= t.threshold() ? t : tier;
        }
        if (tier == null) {
            long need = tiers.get(0).threshold() - base;
            return new RuleOutcome.Skip(Reason.THRESHOLD_NOT_MET, need, "加价购条件未满足，还差" + Amounts.yuan(need) + "元",
                    List.of());
        }
        AddOnTier reached = tier;
        List<LineView> addOns = in.lines().stream().filter(v -> reached.skus().contains(v.sku())).toList();
        RuleOutcome out = ItemShares.of(in.withLines(addOns).withUnitCap(Math.min(in.unitCap(), reached.maxQty())),
                v -> ItemBenefit.price(reached.price()));
        long taken = out instanceof RuleOutcome.Benefit b ? b.shares().stream().mapToLong(LineShare::units).sum() : 0;
        List<Offer> offers = new ArrayList<>();
        if (taken < reached.maxQty()) {
            offers.add(new Offer(in.schemeId(), Offer.Kind.ADD_ON, List.copyOf(reached.skus()), reached.maxQty() - taken,
                    Money.cny(reached.price()), "可加" + Amounts.yuan(reached.price()) + "元换购"));
        }
        if (out instanceof RuleOutcome.Benefit b) {
            return new RuleOutcome.Benefit(b.shares(), List.of(), 0, 1, "加价购 " + Amounts.yuan(reached.price()), offers,
                    List.of(), 0, List.of());
        }
        return new RuleOutcome.Skip(Reason.NO_ELIGIBLE_ITEMS, 0, "可加价换购", offers);
    }
}
