package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.OrderingKey;
import io.xinling.domain.inventory.costing.CostBasis;
import io.xinling.domain.inventory.costing.MovementKind;
import io.xinling.domain.inventory.costing.SettlementPart;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariant checks over a ledger's rows (spec section 6), in long minor units and micro quantities. */
final class LedgerChecks {

    private LedgerChecks() {
    }

    /** I-11 against the oracle: every movement's amount, settlement and quantity as the naïve model says. */
    static void matchesModel(StockLedger l, Map<MovementId, NaiveModel.Expected> expected) {
        assertThat(l.movements()).hasSize(expected.size());
        for (StockMovement m : l.movements()) {
            NaiveModel.Expected e = expected.get(m.id());
            assertThat(e).as("movement %s", m.id()).isNotNull();
            assertThat(m.amount().toDecimal()).as("amount of %s", m.id()).isEqualByComparingTo(e.amount());
            assertThat(m.settlement().toDecimal()).as("settlement of %s", m.id()).isEqualByComparingTo(e.settlement());
            assertThat(m.quantity().value()).as("quantity of %s", m.id()).isEqualByComparingTo(e.qty());
        }
    }

    /** I-5, I-6, I-7, I-8 walking each key's rows in order. */
    static void keyInvariants(StockLedger l) {
        Map<CostingKey, long[]> state = new HashMap<>();
        for (StockMovement m : l.movements()) {
            long[] qv = state.computeIfAbsent(m.spec().key(), k -> new long[2]);
            long q = m.cost().derivedQty();
            long a = m.cost().amount();
            if (q < 0 && m.basis() == CostBasis.SHARE && qv[1] >= 0 && !isSwitch(m)) {
                outboundBounds(qv[0], qv[1], -q, -a);
            }
            qv[0] += q;
            qv[1] += a - m.cost().settlement();
            assertThat(m.cost().qtyAfter()).as("I-8 quantity at %s", m.id()).isEqualTo(qv[0]);
            assertThat(m.cost().valueAfter()).as("I-8 value at %s", m.id()).isEqualTo(qv[1]);
            if (isSwitch(m)) {
                continue; // a key between the legs of one switch is not a state any date shows (scopeSwitches)
            }
            if (qv[0] == 0) {
                assertThat(qv[1]).as("I-5 at %s", m.id()).isZero();
            }
            assertThat(Long.signum(qv[1]) * Long.signum(qv[0])).as("I-6 at %s", m.id()).isGreaterThanOrEqualTo(0);
        }
    }

    /** I-7: 0 ≤ cost ≤ V, |cost − q·V/Q| ≤ 0.005, all of V when all of Q goes. */
    private static void outboundBounds(long held, long value, long out, long cost) {
        assertThat(cost).isBetween(0L, value);
        BigDecimal exact = BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(out))
                .divide(BigDecimal.valueOf(held), 10, java.math.RoundingMode.HALF_UP);
        assertThat(BigDecimal.valueOf(cost).subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.5"));
        if (out == held) {
            assertThat(cost).isEqualTo(value);
        }
    }

    /** I-9 and I-10: fed legs carry the feeder's cost; Σ allocated legs = Σ outbound costs + fee, exactly. */
    static void conservation(StockLedger l) {
        Map<Long, long[]> byDoc = new HashMap<>();
        for (StockMovement m : l.movements()) {
            if (m.spec().kind() == MovementKind.INBOUND_FED) {
                assertThat(m.cost().amount()).as("I-9 at %s", m.id())
                        .isEqualTo(-l.movement(m.spec().feed().orElseThrow()).orElseThrow().cost().amount());
            }
            long[] sums = byDoc.computeIfAbsent(m.id().document().value(), d -> new long[3]);
            if (m.spec().kind() == MovementKind.OUTBOUND) {
                sums[0] -= m.cost().amount();
            }
            if (m.spec().kind() == MovementKind.INBOUND_ALLOCATED) {
                sums[1] += m.cost().amount();
                sums[2] = m.spec().input().minor();
            }
        }
        byDoc.forEach((doc, sums) -> {
            if (sums[1] != 0 || sums[2] != 0) {
                assertThat(sums[1]).as("I-10 on document %s", doc).isEqualTo(sums[0] + sums[2]);
            }
        });
    }

    /**
     * I-12: a change at ordering key t (the earliest of the document's old and new movements) leaves
     * every other movement before t identical.
     */
    static void causality(StockLedger before, PostingResult result) {
        java.util.Set<io.xinling.domain.inventory.DocumentId> changed = new java.util.HashSet<>();
        result.movements().forEach(m -> changed.add(m.id().document()));
        before.movements().stream().filter(m -> result.ledger().movement(m.id()).isEmpty())
                .forEach(m -> changed.add(m.id().document()));
        OrderingKey t = java.util.stream.Stream.concat(result.movements().stream(),
                        before.movements().stream().filter(m -> changed.contains(m.id().document())))
                .map(m -> m.spec().ordering()).min(OrderingKey::compareTo).orElse(null);
        if (t == null) {
            return;
        }
        for (StockMovement m : before.movements()) {
            if (m.spec().ordering().compareTo(t) < 0 && !changed.contains(m.id().document())) {
                assertThat(result.ledger().movement(m.id())).as("I-12 at %s", m.id()).contains(m);
            }
        }
    }

    /** I-17: a key that ends empty has taken in exactly what it gave out (with settlements). */
    static void lifetime(StockLedger l) {
        Map<CostingKey, long[]> sums = new HashMap<>();
        for (StockMovement m : l.movements()) {
            long[] s = sums.computeIfAbsent(m.spec().key(), k -> new long[3]);
            s[0] += Math.max(m.cost().amount(), 0);
            s[1] += Math.max(-m.cost().amount(), 0) + m.cost().settlement();
            s[2] = m.cost().qtyAfter();
        }
        sums.forEach((k, s) -> {
            if (s[2] == 0) {
                assertThat(s[0]).as("I-17 on %s", k).isEqualTo(s[1]);
            }
        });
    }

    /** I-18: an inbound that lifts a key from below zero to above: V' = A − round(A·h/r) = A − Σ(prov + adj). */
    static void settlements(StockLedger l) {
        for (StockMovement m : l.movements()) {
            List<SettlementPart> parts = m.cost().settlements();
            if (parts.isEmpty() || m.cost().qtyAfter() <= 0) {
                continue;
            }
            long r = m.cost().derivedQty();
            long owed = r - m.cost().qtyAfter();
            long a = m.cost().amount();
            long actual = BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(owed))
                    .divide(BigDecimal.valueOf(r), 0, java.math.RoundingMode.HALF_UP).longValueExact();
            long settled = parts.stream().mapToLong(p -> p.provisional() + p.adjustment()).sum();
            assertThat(settled).as("I-18 parts at %s", m.id()).isEqualTo(actual);
            assertThat(m.cost().valueAfter()).as("I-18 value at %s", m.id()).isEqualTo(a - actual);
            assertThat(parts).allSatisfy(p -> assertThat(p.provisional() + p.adjustment()).isNotNegative());
        }
    }

    private static boolean isSwitch(StockMovement m) {
        return m.spec().kind() == MovementKind.SWITCH_OUT || m.spec().kind() == MovementKind.SWITCH_IN;
    }

    /**
     * I-29 on the ledger: per scope switch and SKU, the legs move no quantity and no value in total (the
     * reallocation between warehouses nets to zero per item), every old key ends empty, and every new key
     * opens with Q = 0 ⇒ V = 0 and a sign-coherent value.
     */
    static void scopeSwitches(StockLedger l) {
        for (var c : l.scopeChanges()) {
            Map<Object, long[]> perSku = new HashMap<>();
            Map<CostingKey, StockMovement> lastOfKey = new HashMap<>();
            for (StockMovement m : l.movementsOf(c.header().id())) {
                long[] t = perSku.computeIfAbsent(m.spec().sku(), k -> new long[2]);
                t[0] += m.cost().derivedQty();
                t[1] += m.cost().amount();
                lastOfKey.put(m.spec().key(), m);
            }
            perSku.forEach((sku, t) -> {
                assertThat(t[0]).as("I-29 quantity of %s at %s", sku, c.header().date()).isZero();
                assertThat(t[1]).as("I-29 value of %s at %s", sku, c.header().date()).isZero();
            });
            lastOfKey.forEach((k, m) -> {
                if (m.spec().kind() == MovementKind.SWITCH_OUT) {
                    assertThat(m.cost().qtyAfter()).as("old key %s empty", k).isZero();
                    assertThat(m.cost().valueAfter()).as("old key %s empty", k).isZero();
                } else {
                    long q = m.cost().qtyAfter();
                    long v = m.cost().valueAfter();
                    if (q == 0) {
                        assertThat(v).as("I-5 opening %s", k).isZero();
                    }
                }
            });
        }
    }
}
