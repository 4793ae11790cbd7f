package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationTest {

    private static BalanceRow total(String account, String net) {
        return new BalanceRow(AccountCode.of(account), DimensionValues.NONE, Money.cny(net), Money.cny(0));
    }

    private static BalanceRow stock(String item, String warehouse, String net) {
        return new BalanceRow(AccountCode.of("1405"), DimensionValues.of(Map.of(Dimension.ITEM, item,
                Dimension.WAREHOUSE, warehouse)), Money.cny(net), Money.cny(0));
    }

    @Test
    void stock_reconciles_per_item_and_warehouse_even_when_the_item_total_agrees() {
        List<BalanceRow> gl = List.of(total("1405", "100.00"), stock("7", "1", "60.00"), stock("7", "2", "40.00"));
        Map<List<String>, Money> subledger = Map.of(List.of("7", "1"), Money.cny("100.00"));

        assertThat(Reconciliation.mismatchesByKey(Reconciliation.STOCK, subledger, gl)).containsExactly(
                "stock item=7 warehouse=1: subledger 100.00, GL 60.00",
                "stock item=7 warehouse=2: subledger 0.00, GL 40.00");
    }

    @Test
    void stock_that_agrees_per_item_and_warehouse_has_no_mismatch() {
        List<BalanceRow> gl = List.of(total("1405", "100.00"), stock("7", "1", "60.00"), stock("7", "2", "40.00"));
        Map<List<String>, Money> subledger = Map.of(List.of("7", "1"), Money.cny("60.00"),
                List.of("7", "2"), Money.cny("40.00"));

        assertThat(Reconciliation.mismatchesByKey(Reconciliation.STOCK, subledger, gl)).isEmpty();
    }

    @Test
    void a_stock_line_without_a_warehouse_shows_under_none() {
        BalanceRow itemOnly = new BalanceRow(AccountCode.of("1405"), DimensionValues.of(Dimension.ITEM, "7"),
                Money.cny("10.00"), Money.cny(0));
        List<BalanceRow> gl = List.of(total("1405", "10.00"), itemOnly);

        assertThat(Reconciliation.mismatchesByKey(Reconciliation.STOCK, Map.of(), gl))
                .containsExactly("stock item=7 warehouse=(none): subledger 0.00, GL 10.00");
    }

    @Test
    void receivables_keep_their_single_key() {
        BalanceRow ar = new BalanceRow(AccountCode.of("1122"), DimensionValues.of(Dimension.CUSTOMER, "3"),
                Money.cny("5.00"), Money.cny(0));
        assertThat(Reconciliation.mismatches(Reconciliation.RECEIVABLES, Map.of(), List.of(total("1122", "5.00"), ar)))
                .containsExactly("receivables customer=3: subledger 0.00, GL 5.00");
    }
}
