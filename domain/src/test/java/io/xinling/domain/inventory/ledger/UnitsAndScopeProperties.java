package io.xinling.domain.inventory.ledger;

import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.IssuePurpose;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.ReceiptPurpose;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.document.ValuedLine;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.kernel.UnitConversions;
import io.xinling.domain.kernel.UnitQuantity;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** I-28 (unit-of-measure invariance) and I-29 (scope-switch conservation). */
class UnitsAndScopeProperties {

    private static final Unit BOTTLE = Unit.of("瓶");
    private static final Unit CASE = Unit.of("箱");

    @Provide
    Arbitrary<List<Op>> histories() {
        return LedgerArbitraries.histories();
    }

    @Property
    void I28_entering_cases_or_bottles_gives_identical_movements(@ForAll("histories") List<Op> ops) {
        Sku sku = Sku.simple(1, "B", BOTTLE).withUnits(UnitConversions.of(BOTTLE).with(CASE, BigDecimal.valueOf(24)));
        StockLedger inCases = StockLedger.empty(Fixture.setup(CostingScope.PER_WAREHOUSE, false, List.of(sku)));
        StockLedger inBottles = inCases;
        for (int n = 0; n < ops.size(); n++) {
            Op op = ops.get(n);
            if (op.kind() != Op.Kind.RECEIPT && op.kind() != Op.Kind.SALE) {
                continue;
            }
            var a = inCases.post(doc(op, n + 1, sku.id(), new UnitQuantity(qty(op.milli()), CASE)));
            var b = inBottles.post(doc(op, n + 1, sku.id(), new UnitQuantity(qty(op.milli() * 24), BOTTLE)));
            assertThat(a.isRight()).isEqualTo(b.isRight());
            if (a.isRight()) {
                inCases = a.get().ledger();
                inBottles = b.get().ledger();
                assertThat(inCases.movements()).extracting(StockMovement::cost)
                        .isEqualTo(inBottles.movements().stream().map(StockMovement::cost).toList());
            }
        }
    }

    @Property
    void I29_switching_scope_preserves_quantity_and_value_per_sku(@ForAll("histories") List<Op> ops,
                                                                  @ForAll CostingScope from) {
        StockLedger[] last = new StockLedger[1];
        last[0] = StockLedger.empty(HistoryRun.setup(from, true));
        HistoryRun.run(ops, from, true, (before, result, expected) -> last[0] = result.ledger());
        CostingScope to = from == CostingScope.PER_WAREHOUSE ? CostingScope.PER_ACCOUNT_SET : CostingScope.PER_WAREHOUSE;
        ScopeSwitch.Opening switched = ScopeSwitch.open(last[0], to);
        List<KeyBalance> opening = switched.balances();
        List<KeyBalance> carried = new ArrayList<>(opening);
        carried.addAll(switched.settlements());
        assertThat(totals(carried)).isEqualTo(totals(last[0].keyBalances()));
        assertThat(switched.settlements()).allSatisfy(s -> assertThat(s.quantity().isZero()).isTrue());
        assertThat(opening).allSatisfy(b -> {
            if (b.quantity().isZero()) {
                assertThat(b.value().isZero()).isTrue();
            }
            assertThat(b.quantity().value().signum() * b.value().toDecimal().signum()).as("I-6 opening %s", b.key())
                    .isGreaterThanOrEqualTo(0);
        });

        // the ledger applies the same split when the switch is posted at the next boundary
        java.time.LocalDate boundary = Fixture.jan(1).plusMonths(1);
        StockLedger posted = Fixture.post(last[0], ScopeSwitch.change(last[0], 9999, boundary, to));
        Map<io.xinling.domain.inventory.CostingKey, KeyBalance> after = new HashMap<>();
        posted.keyBalances().forEach(b -> after.put(b.key(), b));
        for (KeyBalance b : opening) {
            if (!b.quantity().isZero() || after.containsKey(b.key())) {
                assertThat(after.get(b.key())).as("opening of %s", b.key()).isEqualTo(b);
            }
        }
        Map<SkuId, BigDecimal> settled = new HashMap<>();
        posted.movementsOf(new io.xinling.domain.inventory.DocumentId(9999))
                .forEach(m -> settled.merge(m.spec().sku(), m.settlement().toDecimal(), BigDecimal::add));
        Map<SkuId, BigDecimal> expected = new HashMap<>();
        switched.settlements().forEach(b -> expected.merge(b.key().sku(), b.value().toDecimal(), BigDecimal::add));
        settled.values().removeIf(x -> x.signum() == 0);
        assertThat(settled).isEqualTo(expected);
        LedgerChecks.scopeSwitches(posted);
    }

    private static Map<SkuId, List<BigDecimal>> totals(List<KeyBalance> balances) {
        Map<SkuId, List<BigDecimal>> out = new HashMap<>();
        for (KeyBalance b : balances) {
            List<BigDecimal> t = out.computeIfAbsent(b.key().sku(), k -> new ArrayList<>(List.of(BigDecimal.ZERO.setScale(6),
                    BigDecimal.ZERO.setScale(2))));
            t.set(0, t.get(0).add(b.quantity().value()));
            t.set(1, t.get(1).add(b.value().toDecimal()));
        }
        return out;
    }

    private static InventoryDocument doc(Op op, long id, SkuId sku, UnitQuantity q) {
        DocumentHeader h = DocumentHeader.of(id, id, Fixture.jan(op.day()));
        StockLine line = new StockLine(1, sku, q, Optional.empty(), List.of());
        return op.kind() == Op.Kind.RECEIPT
                ? new Receipt(h, Fixture.W1, ReceiptPurpose.PURCHASE, List.of(new ValuedLine(line, Money.cny(op.fen()))))
                : new Issue(h, Fixture.W1, IssuePurpose.SALE, List.of(line));
    }

    private static Quantity qty(long milli) {
        return new Quantity(BigDecimal.valueOf(milli, 3));
    }
}
