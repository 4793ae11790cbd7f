package io.xinling.domain.promotion.engine;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Adjustment;
import io.xinling.domain.promotion.AppliedScheme;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.LineResult;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.Amounts;
import io.xinling.domain.promotion.rule.FrozenList;

import java.util.List;

/** Freezes a finished run into a {@link PricingResult}. */
final class ResultBuilder {

    private ResultBuilder() {
    }

    static PricingResult build(PricingRun run, Cart cart) {
        LineLedger l = run.ledger;
        LineResult[] lines = new LineResult[l.size() + run.gifts.size() + (run.roundingCharge > 0 ? 1 : 0)];
        long base = 0;
        long discount = 0;
        long payable = 0;
        long points = 0;
        Money zero = money(run, 0);
        for (int i = 0; i < l.size(); i++) {
            long off = 0;
            Adjustment[] adjustments = new Adjustment[l.taken.count(i)];
            // the line's entries from its latest back, into the array in the order they were taken
            for (int e = l.taken.last(i), j = adjustments.length - 1; e >= 0; e = l.taken.before(e), j--) {
                adjustments[j] = l.taken.freeze(e, l.currency);
                off += l.taken.amount(e);
                points += l.taken.points(e);
                run.given[run.coverage.id(l.taken.scheme(e))] += l.taken.amount(e);
            }
            // equal amounts share one Money (a line of one unit has one list, base unit and base amount)
            Money listUnit = money(run, l.listUnit[i]);
            Money baseUnit = l.baseUnit[i] == l.listUnit[i] ? listUnit : money(run, l.baseUnit[i]);
            Money baseAmount = l.baseAmount[i] == l.baseUnit[i] ? baseUnit : money(run, l.baseAmount[i]);
            Money linePayable = l.payable[i] == l.baseAmount[i] ? baseAmount : money(run, l.payable[i]);
            lines[i] = new LineResult(l.lines[i].lineNo(), l.lines[i].sku(), l.lines[i].quantity(), listUnit, baseUnit,
                    baseAmount, FrozenList.owning(adjustments, adjustments.length), off == 0 ? zero : money(run, off),
                    linePayable, false, "", l.unitsAtPromo[i]);
            base += l.baseAmount[i];
            discount += off;
            payable += l.payable[i];
        }
        addGifts(run, cart, lines, l.size());
        if (run.roundingCharge > 0) {
            lines[lines.length - 1] = LineResult.roundingCharge(cart.nextLineNo() + run.gifts.size(),
                    money(run, run.roundingCharge));
        }
        payable += run.roundingCharge;
        long earn = Amounts.mulDivFloor(payable, run.policy.pointsPerUnitPaid(), 100) + run.extraPoints;
        return new PricingResult(FrozenList.owning(lines, lines.length), applied(run), frozen(run.notApplied),
                frozen(run.offers), frozen(run.rewards), frozen(run.clamps),
                money(run, base), money(run, discount), money(run, run.roundingCharge), money(run, payable),
                money(run, run.shippingFee()), money(run, run.shippingOff), points, earn, run.groupSearch,
                frozen(run.messages));
    }

    private static void addGifts(PricingRun run, Cart cart, LineResult[] lines, int at) {
        int lineNo = cart.nextLineNo();
        int next = at;
        for (PricingRun.GiftLine g : run.gifts) {
            long amount = g.grant().unitValue() * g.grant().quantity();
            Adjustment adj = new Adjustment(g.scheme().id(), g.scheme().version(), g.scheme().type(), g.scheme().stage(),
                    g.scheme().exclusionGroup(), money(run, amount), g.grant().quantity(), "gift 100%", g.scheme().label(), 0);
            lines[next++] = new LineResult(lineNo++, g.grant().sku(), Quantity.of(g.grant().quantity()),
                    money(run, g.grant().unitValue()), money(run, g.grant().unitValue()), money(run, amount), List.of(adj),
                    money(run, amount), money(run, 0), true, g.scheme().id(), g.grant().quantity());
        }
    }

    /** Each applied scheme once (its first application), with all it gave; those that gave nothing drop out. */
    private static List<AppliedScheme> applied(PricingRun run) {
        AppliedScheme[] out = new AppliedScheme[run.applied.size()];
        int count = 0;
        boolean[] seen = new boolean[run.given.length];
        for (PricingRun.Applied a : run.applied) {
            CompiledScheme k = a.k();
            int id = run.coverage.id(k);
            if (seen[id]) {
                continue;
            }
            seen[id] = true;
            long value = run.given[id];
            if (value > 0 || k.stage == Stage.POST_ORDER) {
                out[count++] = new AppliedScheme(k.id, k.version, k.type, k.stage, k.label, money(run, value), a.uses(),
                        a.basis());
            }
        }
        return FrozenList.owning(out, count);
    }

    /**
     * A list the run built, frozen for the result in one copy ({@link List#copyOf} of an {@code ArrayList} makes
     * two). The run is over: nothing adds to it afterwards.
     */
    @SuppressWarnings("unchecked")
    private static <T> List<T> frozen(List<T> list) {
        return list.isEmpty() ? FrozenList.empty() : FrozenList.owning((T[]) list.toArray(), list.size());
    }

    private static Money money(PricingRun run, long minor) {
        return Money.of(minor, run.ledger.currency);
    }
}
