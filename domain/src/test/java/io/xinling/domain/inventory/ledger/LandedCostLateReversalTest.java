package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Periods;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.LandedCost;
import io.xinling.domain.inventory.document.LandedCostBasis;
import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static io.xinling.domain.inventory.ledger.Fixture.W1;
import static io.xinling.domain.inventory.ledger.Fixture.balance;
import static io.xinling.domain.inventory.ledger.Fixture.line;
import static io.xinling.domain.inventory.ledger.Fixture.post;
import static io.xinling.domain.inventory.ledger.Fixture.receipt;
import static io.xinling.domain.inventory.ledger.Fixture.sale;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 2.13 and 2.11: a landed cost whose charge lies in a period closed since is cancelled by a reversal in the
 * earliest open period, nothing in the closed period changing; the receipt keeps the share that reversal takes out,
 * whatever is reopened and repriced later; and such a landed cost is not edited.
 */
class LandedCostLateReversalTest {

    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

    /** 100 units in at 1000.00 on 2 January, 40 sold on 10 January. */
    private final StockLedger start = post(Fixture.ledger(CostingScope.PER_WAREHOUSE, false),
            receipt(1, Fixture.jan(2), W1, 1, "100", "1000.00"),
            sale(2, Fixture.jan(10), W1, 1, "40"));

    private static StockLedger closed(StockLedger l, int... months) {
        Periods p = Periods.allOpen();
        for (int m : months) {
            p = p.close(YearMonth.of(2026, m));
        }
        return l.withSetup(l.setup().withPeriods(p));
    }

    private static LandedCost charge(long doc, LocalDate date, String amount, boolean atOwnDate) {
        return new LandedCost(DocumentHeader.of(doc, doc, date), new DocumentId(1), Money.cny(amount),
                LandedCostBasis.QUANTITY, atOwnDate);
    }

    @Test
    void a_charge_landed_at_its_own_date_is_reversed_in_the_earliest_open_period_once_its_month_closed() {
        // January closed: the freight of 5 February lands there (V += 60 on the 60 held)
        StockLedger feb = post(closed(start, 1), charge(3, Fixture.jan(5).plusMonths(1), "60.00", true));
        assertThat(balance(feb, W1, 1).value()).isEqualTo(Money.cny("660.00"));
        StockLedger sold = post(feb, sale(4, Fixture.jan(20).plusMonths(1), W1, 1, "30"));
        assertThat(line(sold, 4, 1, 0).amount()).isEqualTo(Money.cny("-330.00"));

        StockLedger both = closed(sold, 1, 2);
        assertThat(both.cancel(new DocumentId(3)).getLeft().code()).as("no reversal date: its month is closed")
                .isEqualTo("inventory.date-in-closed-period");
        PostingResult r = both.cancel(new DocumentId(3), Optional.of(MAR_1)).get();

        assertThat(line(r.ledger(), 3, 1, 0).amount()).as("February's charge stays").isEqualTo(Money.cny("60.00"));
        assertThat(line(r.ledger(), 3, 1, 0).spec().ordering().date()).isEqualTo(Fixture.jan(5).plusMonths(1));
        assertThat(line(r.ledger(), 4, 1, 0).amount()).as("February's sale stays").isEqualTo(Money.cny("-330.00"));
        assertThat(line(r.ledger(), 3, 1, LandedCosts.REVERSAL_LEG).amount()).isEqualTo(Money.cny("-60.00"));
        assertThat(line(r.ledger(), 3, 1, LandedCosts.REVERSAL_LEG).spec().ordering().date()).isEqualTo(MAR_1);
        assertThat(r.movements()).as("the cancel's own rows are the reversal's").extracting(m -> m.id().leg())
                .containsExactly(LandedCosts.REVERSAL_LEG);
        assertThat(r.deltas()).as("nothing before 1 March is re-costed").isEmpty();
        assertThat(balance(r.ledger(), W1, 1).value()).isEqualTo(Money.cny("270.00"));
        assertThat(r.ledger().isCancelled(new DocumentId(3))).isTrue();
        assertThat(r.ledger().document(new DocumentId(3))).as("nothing keeps its share").isEmpty();
        assertThat(r.ledger().replayed().get().movements()).isEqualTo(r.ledger().movements());
        assertThat(r.ledger().cancel(new DocumentId(3), Optional.of(MAR_1)).getLeft().code())
                .isEqualTo("inventory.already-cancelled");
    }

    @Test
    void the_reversal_of_a_charge_landed_at_its_own_date_recosts_what_follows_it() {
        StockLedger feb = post(closed(start, 1), charge(3, Fixture.jan(5).plusMonths(1), "60.00", true));
        StockLedger march = post(feb, sale(4, MAR_1.plusDays(9), W1, 1, "30"));
        assertThat(line(march, 4, 1, 0).amount()).isEqualTo(Money.cny("-330.00"));

        PostingResult r = closed(march, 1, 2).cancel(new DocumentId(3), Optional.of(MAR_1)).get();

        assertThat(line(r.ledger(), 4, 1, 0).amount()).isEqualTo(Money.cny("-300.00"));
        assertThat(r.deltas()).extracting(d -> d.movement().document().value() + ":" + d.amountChange().format())
                .containsExactly("4:30.00");
        assertThat(balance(r.ledger(), W1, 1).value()).isEqualTo(Money.cny("300.00"));
    }

    /**
     * Close January with a charge applied at the receipt, cancel it (reversed on 1 February), reopen January and reprice
     * the receipt with a second charge: the receipt keeps the cancelled share its February reversal takes out, so the
     * stock is what the receipt, the second charge and the sale make of it (1000 + 12 + 30, 40 % sold), not 12 less.
     */
    @Test
    void reopening_and_repricing_the_receipt_keeps_the_share_a_later_reversal_takes_out() {
        StockLedger onTime = post(start, charge(3, Fixture.jan(20), "12.00", false));
        assertThat(line(onTime, 1, 1, 0).amount()).isEqualTo(Money.cny("1012.00"));
        assertThat(balance(onTime, W1, 1).value()).isEqualTo(Money.cny("607.20"));

        StockLedger reversed = closed(onTime, 1).cancel(new DocumentId(3), Optional.of(FEB_1)).get().ledger();
        assertThat(line(reversed, 1, 1, 0).amount()).isEqualTo(Money.cny("1012.00"));
        assertThat(line(reversed, 3, 1, 0).amount()).isEqualTo(Money.cny("-12.00"));
        assertThat(balance(reversed, W1, 1).value()).isEqualTo(Money.cny("595.20"));

        StockLedger reopened = reversed.withSetup(start.setup());
        PostingResult repriced = reopened.post(charge(5, Fixture.jan(25), "30.00", false)).get();
        assertThat(line(repriced.ledger(), 1, 1, 0).amount()).as("1000 + 12 (reversed in February) + 30")
                .isEqualTo(Money.cny("1042.00"));
        assertThat(line(repriced.ledger(), 2, 1, 0).amount()).isEqualTo(Money.cny("-416.80"));
        assertThat(balance(repriced.ledger(), W1, 1).value()).as("625.20 at the end of January, less the 12 reversed")
                .isEqualTo(Money.cny("613.20"));
        assertThat(repriced.deltas()).extracting(d -> d.movement().document().value() + ":" + d.amountChange().format())
                .containsExactly("1:30.00", "2:-12.00");

        StockLedger undone = repriced.ledger().cancel(new DocumentId(5)).get().ledger();
        assertThat(line(undone, 1, 1, 0).amount()).isEqualTo(Money.cny("1012.00"));
        assertThat(balance(undone, W1, 1).value()).isEqualTo(Money.cny("595.20"));
        assertThat(undone.replayed().get().movements()).isEqualTo(undone.movements());
        assertThat(undone.cancel(new DocumentId(1)).getLeft()).as("the receipt keeps the reversed charge")
                .isEqualTo(new InventoryError.HasDependants(new DocumentId(1), new DocumentId(3)));
        assertThat(undone.post(charge(3, Fixture.jan(20), "12.00", false)).getLeft().code())
                .isEqualTo("inventory.already-cancelled");
    }

    @Test
    void a_landed_cost_charged_in_a_closed_period_is_not_edited() {
        StockLedger onTime = post(start, charge(3, Fixture.jan(20), "12.00", false));
        InventoryError refused = closed(onTime, 1).edit(charge(3, Fixture.jan(20).plusMonths(1), "15.00", false)).getLeft();
        assertThat(refused).isEqualTo(new InventoryError.LandedCostClosed(new DocumentId(3), YearMonth.of(2026, 1)));
        assertThat(refused.message()).isEqualTo("landed cost 3 is charged in the closed period 2026-01: cancel it (its "
                + "reversal lands in the earliest open period) and post a new landed cost instead");

        StockLedger own = post(closed(start, 1), charge(4, Fixture.jan(5).plusMonths(1), "60.00", true));
        assertThat(closed(own, 1, 2).edit(charge(4, Fixture.jan(5).plusMonths(2), "50.00", true)).getLeft())
                .isEqualTo(new InventoryError.LandedCostClosed(new DocumentId(4), YearMonth.of(2026, 2)));
        assertThat(closed(own, 1).edit(charge(4, Fixture.jan(5).plusMonths(1), "50.00", true)).get().ledger()
                .movementsOf(new DocumentId(4))).as("in an open month the edit replaces the charge")
                .extracting(m -> m.amount().format()).containsExactly("50.00");
    }
}
