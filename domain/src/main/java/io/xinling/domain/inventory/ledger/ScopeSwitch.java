package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Switching the costing scope at a period boundary (spec 2.1): the opening balances of the new keys.
 * Each old key's value is split over the new keys its stock falls into by value share of quantity,
 * the last new key taking the remainder; new keys fed by several old keys add them up. Σ Q and Σ V per
 * SKU are preserved exactly (invariant I-29) once the settlements are counted: when merging brings
 * negative stock (costed provisionally) together with stock on hand, the negative units are settled at
 * the boundary as spec 2.6 settles a hole filled by an inbound, so a new key opens sign-coherent, at zero
 * value when at zero quantity (I-5), and the value the settlement moves is returned as a settlement. The
 * ledger applies this by posting {@link #change} (see {@code ScopeChange} and the costing legs).
 */
public final class ScopeSwitch {

    private ScopeSwitch() {
    }

    /** The new keys' opening balances and the residual values settled at the boundary. */
    public record Opening(List<KeyBalance> balances, List<KeyBalance> settlements) {
        public Opening {
            balances = List.copyOf(balances);
            settlements = List.copyOf(settlements);
        }
    }

    /** The opening balances of the new keys (see {@link #open} for the settlements beside them). */
    public static List<KeyBalance> openingBalances(StockLedger closing, CostingScope target) {
        return open(closing, target).balances();
    }

    public static Opening open(StockLedger closing, CostingScope target) {
        Map<CostingKey, Map<CostingKey, Quantity>> split = new LinkedHashMap<>();
        for (SlotBalance slot : closing.slotBalances()) {
            boolean batchCosted = closing.setup().catalog().find(slot.slot().sku()).orElseThrow().batchCosting();
            CostingKey old = CostingKey.of(slot.slot(), closing.setup().settings().scope(), batchCosted);
            CostingKey next = CostingKey.of(slot.slot(), target, batchCosted);
            split.computeIfAbsent(old, k -> new LinkedHashMap<>()).merge(next, slot.onHand(), Quantity::plus);
        }
        Map<CostingKey, KeyBalance[]> opening = new LinkedHashMap<>();
        for (KeyBalance old : closing.keyBalances()) {
            share(old, split.getOrDefault(old.key(), Map.of())).forEach(b -> {
                KeyBalance[] sides = opening.computeIfAbsent(b.key(), k -> new KeyBalance[] {
                        new KeyBalance(k, Quantity.ZERO, Money.zero(b.value().currency())),
                        new KeyBalance(k, Quantity.ZERO, Money.zero(b.value().currency()))});
                int side = b.quantity().isNegative() ? 1 : 0;
                sides[side] = new KeyBalance(b.key(), sides[side].quantity().plus(b.quantity()),
                        sides[side].value().plus(b.value()));
            });
        }
        List<KeyBalance> balances = new ArrayList<>();
        List<KeyBalance> settlements = new ArrayList<>();
        for (KeyBalance[] sides : opening.values()) {
            KeyBalance b = net(sides[0], sides[1]);
            Money carried = sides[0].value().plus(sides[1].value());
            if (!carried.equals(b.value())) {
                settlements.add(new KeyBalance(b.key(), Quantity.ZERO, carried.minus(b.value())));
            }
            balances.add(b);
        }
        return new Opening(balances, settlements);
    }

    /**
     * The system document that switches the ledger to {@code target} from {@code date} (the first day of a
     * period): a line for every (SKU, warehouse[, batch]) that moved before the date. Posting it applies
     * {@link #open} at the boundary, and every replay re-derives the split (see {@code ScopeChange}).
     */
    public static io.xinling.domain.inventory.document.ScopeChange change(StockLedger ledger, long id,
                                                                           java.time.LocalDate date,
                                                                           CostingScope target) {
        CostingScope before = Scopes.on(ledger, date.minusDays(1));
        return new io.xinling.domain.inventory.document.ScopeChange(
                new io.xinling.domain.inventory.document.DocumentHeader(new io.xinling.domain.inventory.DocumentId(id),
                        0, date, java.time.LocalTime.MIDNIGHT), before, target, Scopes.lines(ledger, date));
    }

    /** The scope documents dated {@code date} are costed under on {@code ledger}. */
    public static CostingScope scopeOn(StockLedger ledger, java.time.LocalDate date) {
        return Scopes.on(ledger, date);
    }

    /**
     * A new key's opening from the parts that bring stock ({@code in}) and those that bring negative stock
     * ({@code owed}): the negative units are one hole that the others fill as an inbound fills a hole (2.6),
     * the units covered being settled; a value left at zero quantity is settled whole.
     */
    private static KeyBalance net(KeyBalance in, KeyBalance owed) {
        Quantity q = in.quantity().plus(owed.quantity());
        Money zero = Money.zero(in.value().currency());
        if (owed.quantity().isZero()) {
            return new KeyBalance(in.key(), q, q.isZero() ? zero : in.value());
        }
        java.math.BigDecimal h = owed.quantity().value().negate();
        java.math.BigDecimal r = in.quantity().value();
        int digits = in.value().fractionDigits();
        if (r.compareTo(h) < 0) {
            Money settled = Money.round(owed.value().toDecimal().negate().multiply(r).divide(h, digits,
                    RoundingMode.HALF_UP), in.value().currency(), RoundingMode.UNNECESSARY);
            return new KeyBalance(in.key(), q, owed.value().plus(settled));
        }
        if (r.compareTo(h) == 0) {
            return new KeyBalance(in.key(), q, zero);
        }
        Money actual = Money.round(in.value().toDecimal().multiply(h).divide(r, digits, RoundingMode.HALF_UP),
                in.value().currency(), RoundingMode.UNNECESSARY);
        return new KeyBalance(in.key(), q, in.value().minus(actual));
    }

    private static List<KeyBalance> share(KeyBalance old, Map<CostingKey, Quantity> parts) {
        List<KeyBalance> out = new ArrayList<>();
        Money given = Money.zero(old.value().currency());
        int n = 0;
        for (Map.Entry<CostingKey, Quantity> part : parts.entrySet()) {
            boolean last = ++n == parts.size();
            Money value = last ? old.value().minus(given) : valueShare(old, part.getValue());
            out.add(new KeyBalance(part.getKey(), part.getValue(), value));
            given = given.plus(value);
        }
        return out;
    }

    /** round(V × q / Q), once; nothing when the old key holds no quantity (then V = 0, I-5). */
    private static Money valueShare(KeyBalance old, Quantity q) {
        if (old.quantity().isZero()) {
            return Money.zero(old.value().currency());
        }
        return Money.round(old.value().toDecimal().multiply(q.value())
                .divide(old.quantity().value(), old.value().fractionDigits(), RoundingMode.HALF_UP),
                old.value().currency(), RoundingMode.UNNECESSARY);
    }

}
