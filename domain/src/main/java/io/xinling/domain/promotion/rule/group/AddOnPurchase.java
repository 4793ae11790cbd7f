package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Offer;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * One pass over the lines splits them into condition lines and add-on lines, so a cart with no add-on
     * SKU in it is its own condition; the reached tier then prices its add-ons as one item benefit.
     */
    @Override
    public RuleOutcome evaluate(RuleInput in) {
        List<LineView> lines = in.lines();
        List<LineView> condition = new ArrayList<>(lines.size());
        for (int j = 0; j < lines.size(); j++) {
            if (!isAddOn(lines.get(j).sku())) {
                condition.add(lines.get(j));
            }
        }
        long base = (condition.size() == lines.size() ? in : in.withLines(condition)).thresholdBase();
        AddOnTier tier = null;
        for (int t = 0; t < tiers.size(); t++) {
            tier = base >= tiers.get(t).threshold() ? tiers.get(t) : tier;
        }
        if (tier == null) {
            long need = tiers.get(0).threshold() - base;
            return new RuleOutcome.Skip(Reason.THRESHOLD_NOT_MET, need, Amounts.yuan("加价购条件未满足，还差", need, "元"),
                    List.of());
        }
        List<LineView> addOns = new ArrayList<>(lines.size() - condition.size());
        for (int j = 0; j < lines.size(); j++) {
            if (tier.skus().contains(lines.get(j).sku())) {
                addOns.add(lines.get(j));
            }
        }
        RuleOutcome out = ItemShares.of(in.withLines(addOns).withUnitCap(Math.min(in.unitCap(), tier.maxQty())),
                ItemBenefit.price(tier.price()));
        long taken = 0;
        if (out instanceof RuleOutcome.Benefit b) {
            for (int j = 0; j < b.shares().size(); j++) {
                taken += b.shares().get(j).units();
            }
        }
        List<Offer> offers = taken < tier.maxQty()
                ? List.of(new Offer(in.schemeId(), Offer.Kind.ADD_ON, List.copyOf(tier.skus()), tier.maxQty() - taken,
                        Money.cny(tier.price()), Amounts.yuan("可加", tier.price(), "元换购")))
                : List.of();
        if (out instanceof RuleOutcome.Benefit b) {
            return new RuleOutcome.Benefit(b.shares(), List.of(), 0, 1, Amounts.yuan("加价购 ", tier.price(), ""), offers,
                    List.of(), 0, List.of());
        }
        return new RuleOutcome.Skip(Reason.NO_ELIGIBLE_ITEMS, 0, "可加价换购", offers);
    }

    /** Whether {@code sku} is an add-on of any tier (a few tiers of a few SKUs: no union set to build). */
    private boolean isAddOn(String sku) {
        for (int t = 0; t < tiers.size(); t++) {
            if (tiers.get(t).skus().contains(sku)) {
                return true;
            }
        }
        return false;
    }
}
