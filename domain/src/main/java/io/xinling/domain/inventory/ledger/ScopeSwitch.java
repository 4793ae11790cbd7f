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
 * SKU are preserved exactly (invariant I-29). The next period's ledger opens with these balances.
 */
public final class ScopeSwitch {

    private ScopeSwitch() {
    }

    public static List<KeyBalance> openingBalances(StockLedger closing, CostingScope target) {
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
        return List.copyOf(opening.values());
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
