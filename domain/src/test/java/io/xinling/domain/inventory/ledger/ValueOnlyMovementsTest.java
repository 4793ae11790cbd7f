package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.Periods;
import io.xinling.domain.inventory.document.AdjustmentLine;
import io.xinling.domain.inventory.document.CostAdjustment;
import io.xinling.domain.inventory.document.Disassembly;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.LandedCost;
import io.xinling.domain.inventory.document.LandedCostBasis;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.document.WeightedLine;
import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static io.xinling.domain.inventory.ledger.Fixture.W1;
import static io.xinling.domain.inventory.ledger.Fixture.balance;
import static io.xinling.domain.inventory.ledger.Fixture.line;
import static io.xinling.domain.inventory.ledger.Fixture.post;
import static io.xinling.domain.inventory.ledger.Fixture.receipt;
import static io.xinling.domain.inventory.ledger.Fixture.refused;
import static io.xinling.domain.inventory.ledger.Fixture.sale;
import static org.assertj.core.api.Assertions.assertThat;

/** Landed cost, cost adjustment (spec 2.11) and disassembly (2.9). */
class ValueOnlyMovementsTest {

    private final StockLedger start = post(Fixture.ledger(CostingScope.PER_WAREHOUSE, false),
            receipt(1, Fixture.jan(2), W1, 1, "100", "1000.00"),
            sale(2, Fixture.jan(10), W1, 1, "40"));

    @Test
    void landed_cost_lands_at_the_receipt_and_recosts_later_issues() {
        LandedCost freight = new LandedCost(DocumentHeader.of(3, 3, Fixture.jan(15)), new DocumentId(1),
                Money.cny("50.00"), LandedCostBasis.AMOUNT);
        PostingResult r = start.post(freight).get();
        assertThat(line(r.ledger(), 1, 1, 0).amount()).isEqualTo(Money.cny("1050.00"));
        assertThat(line(r.ledger(), 2, 1, 0).amount()).isEqualTo(Money.cny("-420.00"));
        assertThat(r.deltas()).extracting(d -> d.movement().document().value() + ":" + d.amountChange().format())
                .containsExactly("1:50.00", "2:-20.00");
        StockLedger undone = r.ledger().cancel(new DocumentId(3)).get().ledger();
        assertThat(undone.movements()).isEqualTo(start.movements());
        assertThat(refused(r.ledger().cancel(new DocumentId(3)).get().ledger(), freight).code())
                .isEqualTo("inventory.already-cancelled");
    }

    /** 暂估入库 then 到票 (2.11): the invoice's difference per receipt line goes through the same repricing. */
    @Test
    void a_charge_given_per_line_reprices_the_receipt_and_recosts_later_issues_and_is_undone_by_its_cancel() {
        LandedCost invoice = LandedCost.byLines(DocumentHeader.of(3, 3, Fixture.jan(15)), new DocumentId(1),
                List.of(Money.cny("-100.00")), false);
        assertThat(invoice.charge()).isEqualTo(Money.cny("-100.00"));
        PostingResult r = start.post(invoice).get();
        assertThat(line(r.ledger(), 1, 1, 0).amount()).isEqualTo(Money.cny("900.00"));
        assertThat(line(r.ledger(), 2, 1, 0).amount()).isEqualTo(Money.cny("-360.00"));
        assertThat(r.deltas()).extracting(d -> d.movement().document().value() + ":" + d.amountChange().format())
                .containsExactly("1:-100.00", "2:40.00");
        assertThat(r.ledger().cancel(new DocumentId(3)).get().ledger().movements()).isEqualTo(start.movements());

        LandedCost twoLines = LandedCost.byLines(DocumentHeader.of(4, 4, Fixture.jan(15)), new DocumentId(1),
                List.of(Money.cny("1.00"), Money.cny("2.00")), false);
        assertThat(refused(start, twoLines).code()).isEqualTo("inventory.line-charges-mismatch");
        LandedCost nothing = LandedCost.byLines(DocumentHeader.of(4, 4, Fixture.jan(15)), new DocumentId(1),
                List.of(Money.cny("0.00")), false);
        assertThat(refused(start, nothing).code()).isEqualTo("inventory.zero-value-change");
    }

    @Test
    void a_landed_cost_may_refund_freight_but_never_bring_an_inbound_amount_below_zero() {
        LandedCost refundAll = new LandedCost(DocumentHeader.of(3, 3, Fixture.jan(15)), new DocumentId(1),
                Money.cny("-1000.00"), LandedCostBasis.AMOUNT);
        assertThat(line(post(start, refundAll), 1, 1, 0).amount()).isEqualTo(Money.cny("0.00"));
        LandedCost tooMuch = new LandedCost(DocumentHeader.of(3, 3, Fixture.jan(15)), new DocumentId(1),
                Money.cny("-1000.01"), LandedCostBasis.AMOUNT);
        assertThat(refused(start, tooMuch).code()).isEqualTo("inventory.landed-cost-below-zero");
        LandedCost freight = new LandedCost(DocumentHeader.of(3, 3, Fixture.jan(15)), new DocumentId(1),
                Money.cny("50.00"), LandedCostBasis.AMOUNT);
        LandedCost refund = new LandedCost(DocumentHeader.of(4, 4, Fixture.jan(16)), new DocumentId(1),
                Money.cny("-1050.00"), LandedCostBasis.AMOUNT);
        StockLedger both = post(start, freight, refund);
        assertThat(both.cancel(new DocumentId(3)).getLeft().code()).isEqualTo("inventory.landed-cost-below-zero");
    }

    @Test
    void a_zero_landed_cost_or_cost_adjustment_changes_nothing_and_is_refused() {
        LandedCost nothing = new LandedCost(DocumentHeader.of(3, 3, Fixture.jan(15)), new DocumentId(1),
                Money.cny("0.00"), LandedCostBasis.AMOUNT);
        assertThat(refused(start, nothing).code()).isEqualTo("inventory.zero-value-change");
        CostAdjustment zero = new CostAdjustment(DocumentHeader.of(3, 3, Fixture.jan(11)), W1,
                List.of(new AdjustmentLine(1, Fixture.sku(1), Optional.empty(), Money.cny("0.00"))));
        assertThat(refused(start, zero).message()).isEqualTo("lines[0].amount: a value-only change must not be zero");
    }

    @Test
    void landed_cost_on_a_receipt_in_a_closed_period_lands_at_its_own_date() {
        StockLedger closed = start.withSetup(start.setup().withPeriods(Periods.allOpen().close(YearMonth.of(2026, 1))));
        LandedCost freight = new LandedCost(DocumentHeader.of(3, 3, Fixture.jan(15).plusMonths(1)), new DocumentId(1),
                Money.cny("50.00"), LandedCostBasis.QUANTITY);
        StockLedger l = post(closed, freight);
        assertThat(line(l, 2, 1, 0).amount()).isEqualTo(Money.cny("-400.00"));
        assertThat(balance(l, W1, 1).value()).isEqualTo(Money.cny("650.00"));
    }

    @Test
    void a_landed_cost_marked_at_its_own_date_lands_there_even_when_every_period_is_open() {
        LandedCost freight = new LandedCost(DocumentHeader.of(3, 3, Fixture.jan(15).plusMonths(1)), new DocumentId(1),
                Money.cny("50.00"), LandedCostBasis.QUANTITY, true);
        StockLedger l = post(start, freight);
        assertThat(line(l, 1, 1, 0).amount()).isEqualTo(Money.cny("1000.00"));
        assertThat(line(l, 2, 1, 0).amount()).isEqualTo(Money.cny("-400.00"));
        assertThat(line(l, 3, 1, 0).amount()).isEqualTo(Money.cny("50.00"));
        assertThat(balance(l, W1, 1).value()).isEqualTo(Money.cny("650.00"));
        assertThat(l.cancel(new DocumentId(3)).get().ledger().movements()).isEqualTo(start.movements());
    }

    @Test
    void a_charge_that_landed_at_its_own_date_is_not_spread_again_by_a_later_charge_at_the_receipt() {
        StockLedger closed = start.withSetup(start.setup().withPeriods(Periods.allOpen().close(YearMonth.of(2026, 1))));
        StockLedger late = post(closed, new LandedCost(DocumentHeader.of(3, 3, Fixture.jan(15).plusMonths(1)),
                new DocumentId(1), Money.cny("50.00"), LandedCostBasis.QUANTITY));
        StockLedger reopened = late.withSetup(start.setup());
        StockLedger l = post(reopened, new LandedCost(DocumentHeader.of(4, 4, Fixture.jan(20)), new DocumentId(1),
                Money.cny("30.00"), LandedCostBasis.QUANTITY));
        assertThat(line(l, 1, 1, 0).amount()).isEqualTo(Money.cny("1030.00"));
        assertThat(line(l, 2, 1, 0).amount()).isEqualTo(Money.cny("-412.00"));
        assertThat(balance(l, W1, 1).value()).isEqualTo(Money.cny("668.00"));
        StockLedger undone = l.cancel(new DocumentId(4)).get().ledger();
        assertThat(line(undone, 1, 1, 0).amount()).isEqualTo(Money.cny("1000.00"));
        assertThat(balance(undone, W1, 1).value()).isEqualTo(Money.cny("650.00"));
    }

    @Test
    void cost_adjustment_only_while_stock_is_held_and_never_below_zero() {
        CostAdjustment up = new CostAdjustment(DocumentHeader.of(3, 3, Fixture.jan(11)), W1,
                List.of(new AdjustmentLine(1, Fixture.sku(1), Optional.empty(), Money.cny("12.34"))));
        assertThat(balance(post(start, up), W1, 1).value()).isEqualTo(Money.cny("612.34"));
        CostAdjustment tooMuch = new CostAdjustment(DocumentHeader.of(3, 3, Fixture.jan(11)), W1,
                List.of(new AdjustmentLine(1, Fixture.sku(1), Optional.empty(), Money.cny("-600.01"))));
        assertThat(refused(start, tooMuch).code()).isEqualTo("inventory.adjustment-not-allowed");
        CostAdjustment nothingHeld = new CostAdjustment(DocumentHeader.of(3, 3, Fixture.jan(1)), W1,
                List.of(new AdjustmentLine(1, Fixture.sku(1), Optional.empty(), Money.cny("1.00"))));
        assertThat(refused(start, nothingHeld).code()).isEqualTo("inventory.adjustment-not-allowed");
    }

    @Test
    void disassembly_splits_the_kit_cost_by_weight_the_last_taking_the_remainder() {
        StockLedger l = post(Fixture.ledger(CostingScope.PER_WAREHOUSE, false),
                receipt(1, Fixture.jan(1), W1, 3, "3", "32.87"),
                new Disassembly(DocumentHeader.of(2, 2, Fixture.jan(2)), W1, StockLine.of(3, Fixture.sku(3), "1", "个"),
                        List.of(new WeightedLine(StockLine.of(1, Fixture.sku(1), "2", "个"), Optional.of(BigDecimal.ONE)),
                                new WeightedLine(StockLine.of(2, Fixture.sku(2), "1", "个"), Optional.of(BigDecimal.ONE))),
                        Money.cny("0.00")));
        assertThat(line(l, 2, 3, 0).amount()).isEqualTo(Money.cny("-10.96"));
        assertThat(line(l, 2, 1, 0).amount()).isEqualTo(Money.cny("7.31"));
        assertThat(line(l, 2, 2, 0).amount()).isEqualTo(Money.cny("3.65"));
    }

    @Test
    void disassembly_without_bom_weights_splits_by_the_components_reference_cost() {
        StockLedger l = post(Fixture.ledger(CostingScope.PER_WAREHOUSE, false),
                receipt(1, Fixture.jan(1), W1, 1, "10", "33.00"),
                receipt(2, Fixture.jan(1), W1, 2, "7", "20.00"),
                receipt(3, Fixture.jan(1), W1, 3, "3", "32.87"),
                new Disassembly(DocumentHeader.of(4, 4, Fixture.jan(2)), W1, StockLine.of(3, Fixture.sku(3), "1", "个"),
                        List.of(WeightedLine.of(StockLine.of(1, Fixture.sku(1), "2", "个")),
                                WeightedLine.of(StockLine.of(2, Fixture.sku(2), "1", "个"))),
                        Money.cny("0.00")));
        assertThat(line(l, 4, 1, 0).amount()).isEqualTo(Money.cny("7.65"));
        assertThat(line(l, 4, 2, 0).amount()).isEqualTo(Money.cny("3.31"));
    }
}
