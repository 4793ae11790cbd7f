package io.xinling.domain.promotion.reference;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Adjustment;
import io.xinling.domain.promotion.AppliedScheme;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.LineResult;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.Amounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Freezes a finished run into a {@link PricingResult}. */
final class ResultBuilder {

    private ResultBuilder() {
    }

    static PricingResult build(PricingRun run, Cart cart) {
        LineLedger l = run.ledger;
        List<LineResult> lines = new ArrayList<>();
        Map<String, Long> onLines = new HashMap<>();
        long base = 0;
        long discount = 0;
        long payable = 0;
        long points = 0;
        for (int i = 0; i < l.size(); i++) {
            long off = 0;
            for (Adjustment a : l.adjustments.get(i)) {
                off += a.amount().minor();
                points += a.points();
                onLines.merge(a.schemeId(), a.amount().minor(), Long::sum);
            }
            lines.add(new LineResult(l.lines[i].lineNo(), l.lines[i].sku(), l.lines[i].quantity(),
                    money(run, l.listUnit[i]), money(run, l.baseUnit[i]), money(run, l.baseAmount[i]),
                    l.adjustments.get(i), money(run, off), money(run, l.payable[i]), false, "", l.unitsAtPromo[i]));
            base += l.baseAmount[i];
            discount += off;
            payable += l.payable[i];
        }
        addGifts(run, cart, lines);
        if (run.roundingCharge > 0) {
            lines.add(LineResult.roundingCharge(cart.nextLineNo() + run.gifts.size(), money(run, run.roundingCharge)));
        }
        payable += run.roundingCharge;
        long earn = Amounts.mulDivFloor(payable, run.policy.pointsPerUnitPaid(), 100) + run.extraPoints;
        return new PricingResult(lines, applied(run, onLines), run.notApplied, run.offers, run.rewards, run.clamps,
                money(run, base), money(run, discount), money(run, run.roundingCharge), money(run, payable),
                money(run, run.shippingFee()), money(run, run.shippingOff), points, earn, run.groupSearch, run.messages);
    }

    private static void addGifts(PricingRun run, Cart cart, List<LineResult> lines) {
        int lineNo = cart.nextLineNo();
        for (PricingRun.GiftLine g : run.gifts) {
            long amount = g.grant().unitValue() * g.grant().quantity();
            Adjustment adj = new Adjustment(g.scheme().id(), g.scheme().version(), g.scheme().type(), g.scheme().stage(),
                    g.scheme().exclusionGroup(), money(run, amount), g.grant().quantity(), "gift 100%", g.scheme().label(), 0);
            lines.add(new LineResult(lineNo++, g.grant().sku(), Quantity.of(g.grant().quantity()),
                    money(run, g.grant().unitValue()), money(run, g.grant().unitValue()), money(run, amount), List.of(adj),
                    money(run, amount), money(run, 0), true, g.scheme().id(), g.grant().quantity()));
        }
    }

    private static List<AppliedScheme> applied(PricingRun run, Map<String, Long> onLines) {
        List<AppliedScheme> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (AppliedScheme a : run.applied) {
            if (!seen.add(a.schemeId())) {
                continue;
            }
            long value = onLines.getOrDefault(a.schemeId(), 0L) + run.offLines.getOrDefault(a.schemeId(), 0L);
            if (value > 0 || a.stage() == Stage.POST_ORDER) {
                out.add(new AppliedScheme(a.schemeId(), a.version(), a.ruleType(), a.stage(), a.label(),
                        money(run, value), a.uses(), a.basis()));
            }
        }
        return out;
    }

    private static Money money(PricingRun run, long minor) {
        return Money.of(minor, run.ledger.currency);
    }
}
