package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.document.ScopeChange;
import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.xinling.domain.inventory.ledger.Fixture.W1;
import static io.xinling.domain.inventory.ledger.Fixture.W2;
import static io.xinling.domain.inventory.ledger.Fixture.receipt;
import static io.xinling.domain.inventory.ledger.Fixture.sale;
import static org.assertj.core.api.Assertions.assertThat;

/** Switching the costing scope at a period boundary (spec 2.1), worked by hand. */
class ScopeChangeTest {

    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    /**
     * Company-wide: W1 10 @ 100.00, W2 5 @ 80.00 → (15, 180.00); W2 sells 3 at 36.00 → (12, 144.00), W1 carries
     * 100.00 and W2 44.00. Per warehouse from February: W1 opens 10 at round(144 × 10 / 12) = 120.00, W2 (the
     * last) 2 at 24.00; W1's books move by +20.00, W2's by −20.00.
     */
    @Test
    void company_wide_to_per_warehouse_splits_by_value_share_and_reallocates_the_books() {
        StockLedger l = Fixture.post(Fixture.ledger(CostingScope.PER_ACCOUNT_SET, false),
                receipt(1, Fixture.jan(5), W1, 1, "10", "100.00"), receipt(2, Fixture.jan(6), W2, 1, "5", "80.00"),
                sale(3, Fixture.jan(7), W2, 1, "3"));
        ScopeChange change = ScopeSwitch.change(l, 100, FEB, CostingScope.PER_WAREHOUSE);
        assertThat(change.lines()).hasSize(2);
        l = Fixture.post(l, change);
        assertThat(amount(l, 100, 1, 0)).isEqualTo(Money.cny("-100.00"));
        assertThat(amount(l, 100, 1, 1)).isEqualTo(Money.cny("120.00"));
        assertThat(amount(l, 100, 2, 0)).isEqualTo(Money.cny("-44.00"));
        assertThat(amount(l, 100, 2, 1)).isEqualTo(Money.cny("24.00"));
        assertThat(at(l, W1).value()).isEqualTo(Money.cny("120.00"));
        assertThat(at(l, W2).value()).isEqualTo(Money.cny("24.00"));
        assertThat(l.replayed().get().movements()).isEqualTo(l.movements());

        // after the boundary, W2 sells on its own key
        l = Fixture.post(l, sale(4, FEB.plusDays(2), W2, 1, "1"));
        assertThat(amount(l, 4, 1, 0)).isEqualTo(Money.cny("-12.00"));

        // backdated receipt before the boundary: W2 2 @ 40.00 → (14, 184.00); W1 opens at round(1840/14) = 131.43
        var r = l.post(receipt(5, Fixture.jan(20), W2, 1, "2", "40.00")).get();
        l = r.ledger();
        assertThat(amount(l, 100, 1, 1)).isEqualTo(Money.cny("131.43"));
        assertThat(amount(l, 100, 2, 0)).isEqualTo(Money.cny("-84.00"));
        assertThat(amount(l, 100, 2, 1)).isEqualTo(Money.cny("52.57"));
        assertThat(amount(l, 4, 1, 0)).isEqualTo(Money.cny("-13.14"));
        assertThat(r.deltas()).extracting(CostDelta::movement).contains(new MovementId(new DocumentId(100), 1, 1),
                new MovementId(new DocumentId(100), 2, 0), new MovementId(new DocumentId(4), 1, 0));
        assertThat(l.replayed().get().movements()).isEqualTo(l.movements());

        // a receipt before the boundary into a warehouse the switch did not carry adds a line
        l = Fixture.post(l, receipt(6, Fixture.jan(21), Fixture.W3, 1, "1", "10.00"));
        assertThat(l.scopeChanges().get(0).lines()).hasSize(3);
        assertThat(at(l, Fixture.W3).quantity().value()).isEqualByComparingTo("1");
        assertThat(l.replayed().get().movements()).isEqualTo(l.movements());

        // and back to company-wide from March: one key holding everything
        l = Fixture.post(l, ScopeSwitch.change(l, 101, MAR, CostingScope.PER_ACCOUNT_SET));
        KeyBalance all = l.keyBalances().stream().filter(b -> b.key().location().isEmpty()
                && b.key().sku().equals(Fixture.sku(1))).reduce((a, b) -> b).orElseThrow();
        assertThat(all.quantity().value()).isEqualByComparingTo("14");
        // W3's receipt came before February too: 194.00 went into the split, less W2's sale of 1 of its 4
        assertThat(amount(l, 4, 1, 0)).isEqualTo(Money.cny("-12.93"));
        assertThat(all.value()).isEqualTo(Money.cny("181.07"));
        assertThat(l.replayed().get().movements()).isEqualTo(l.movements());
    }

    private static KeyBalance at(StockLedger l, io.xinling.domain.inventory.WarehouseId w) {
        return l.keyBalances().stream().filter(b -> b.key().location().equals(java.util.Optional.of(
                io.xinling.domain.inventory.Location.of(w)))).findFirst().orElseThrow();
    }

    private static Money amount(StockLedger l, long doc, int line, int leg) {
        return Fixture.line(l, doc, line, leg).amount();
    }
}
