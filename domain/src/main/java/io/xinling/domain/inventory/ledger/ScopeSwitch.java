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
 * SKU are preserved exactly (invariant I-29) once the settlements are counted: when merging brings a
 * negative key and a positive one to quantity zero with value left over (negative stock costed
 * provisionally), that value is settled at the boundary as spec 2.6 settles a hole, so the new key
 * opens at zero quantity and zero value (I-5) and the residual is returned as a settlement.
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
        Map<CostingKey, KeyBalance> opening = new LinkedHashMap<>();
        for (KeyBalance old : closing.keyBalances()) {
            share(old, split.getOrDefault(old.key(), Map.of())).forEach(b -> opening.merge(b.key(), b,
                    (a, c) -> new KeyBalance(a.key(), a.quantity().plus(c.quantity()), a.value().plus(c.value()))));
        }
        List<KeyBalance> balances = new ArrayList<>();
        List<KeyBalance> settlements = new ArrayList<>();
        for (KeyBalance b : opening.values()) {
            if (b.quantity().isZero() && !b.value().isZero()) {
                settlements.add(b);
                balances.add(new KeyBalance(b.key(), b.quantity(), Money.zero(b.value().currency())));
            } else {
                balances.add(b);
            }
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
