package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.SmallEnterpriseChart;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherRules;
import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryTemplateTest {

    private static StockValue v(String item, String warehouse, String amount) {
        return new StockValue(item, warehouse, "1", Money.cny(amount));
    }

    private static List<String> text(List<VoucherLine> lines) {
        return lines.stream().map(l -> (l.isDebit() ? "Dr " : "Cr ") + l.account().value() + " "
                + (l.isDebit() ? l.debit() : l.credit()).format()).toList();
    }

    @Test
    void E10_assembly_books_the_kit_against_its_components_and_the_fee() {
        List<VoucherLine> lines = InventoryTemplates.of("assembly", Optional.empty())
                .lines(List.of(v("P1", "1", "-19.80"), v("P2", "1", "-8.57"), v("K", "1", "32.87")), "#1");
        assertThat(text(lines)).containsExactly("Cr 1405 19.80", "Cr 1405 8.57", "Dr 1405 32.87", "Cr 1001 4.50");
        assertThat(VoucherRules.check(SmallEnterpriseChart.chart(), lines).isRight()).isTrue();
    }

    @Test
    void E6_a_lower_cost_of_a_sale_is_red_ink_on_the_original_side() {
        List<VoucherLine> lines = InventoryTemplates.of("issue", Optional.of("sale"))
                .lines(List.of(v("C", "1", "21.76")), "#4");
        assertThat(text(lines)).containsExactly("Cr 1405 -21.76", "Dr 5401 -21.76");
    }

    @Test
    void E12_stocktake_gain_and_loss_go_through_190101_and_lines_of_one_kind_merge() {
        List<VoucherLine> lines = InventoryTemplates.of("stocktake", Optional.empty())
                .lines(List.of(v("D", "1", "36.00"), v("E", "1", "-25.00"), v("D", "1", "0.00")), "#5");
        assertThat(text(lines)).containsExactly("Dr 1405 36.00", "Cr 190101 36.00", "Cr 1405 25.00", "Dr 190101 25.00");
    }

    @Test
    void I13_generating_again_gives_the_same_lines_and_hash() {
        InventoryTemplate template = InventoryTemplates.of("receipt", Optional.of("purchase"));
        List<StockValue> values = List.of(v("A", "1", "240.00"), v("B", "1", "60.00"));
        assertThat(template.lines(values, "#2")).isEqualTo(template.lines(values, "#2"));
        assertThat(VoucherHash.of(template.lines(values, "#2"))).isEqualTo(VoucherHash.of(template.lines(values, "#2")));
        assertThat(VoucherRules.check(SmallEnterpriseChart.chart(), template.lines(values, "#2")).isRight()).isTrue();
    }

    @Test
    void I14_a_reversal_nets_every_account_to_zero() {
        InventoryTemplate template = InventoryTemplates.of("issue", Optional.of("other"));
        List<StockValue> values = List.of(v("A", "1", "-40.00"), v("B", "2", "-7.00"));
        List<VoucherLine> all = new ArrayList<>(template.lines(values, "#3"));
        all.addAll(template.lines(values.stream().map(StockValue::negate).toList(), "#3"));
        Map<String, Money> net = new HashMap<>();
        all.forEach(l -> net.merge(l.account().value() + l.dimensions().key(), l.signed(), Money::plus));
        assertThat(net.values()).allMatch(Money::isZero);
    }
}
