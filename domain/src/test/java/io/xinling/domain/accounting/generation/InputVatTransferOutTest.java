package io.xinling.domain.accounting.generation;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TaxRate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputVatTransferOutTest {

    private static final TaxRate VAT13 = TaxRate.ofPercent("13");

    @Test
    void a_loss_reverses_round2_of_cost_times_rate_and_a_gain_nothing() {
        assertThat(InputVatTransferOut.of(Money.cny("-40.05"), VAT13)).isEqualTo(Money.cny("5.21"));
        assertThat(InputVatTransferOut.of(Money.cny("-40.00"), VAT13)).isEqualTo(Money.cny("5.20"));
        assertThat(InputVatTransferOut.of(Money.cny("40.00"), VAT13)).isEqualTo(Money.cny("0.00"));
    }

    @Test
    void a_changed_cost_changes_the_reversal_by_the_difference_of_the_rounded_amounts() {
        // -40.05 → -40.10: 5.21 → 5.21 (round2(5.213)), while round2(0.05 × 13%) would say 0.01
        assertThat(InputVatTransferOut.change(Money.cny("-40.10"), Money.cny("-0.05"), VAT13)).isEqualTo(Money.cny("0.00"));
        assertThat(InputVatTransferOut.change(Money.cny("10.00"), Money.cny("50.00"), VAT13))
                .as("a loss of 40.00 became a gain").isEqualTo(Money.cny("-5.20"));
    }

    @Test
    void the_lines_debit_190101_and_credit_22210103_with_red_ink_for_a_reduction() {
        assertThat(InputVatTransferOut.lines("盘亏", Money.cny("5.20"))).extracting(l -> l.account().value() + " "
                + l.debit().format() + "/" + l.credit().format()).containsExactly("190101 5.20/0.00", "22210103 0.00/5.20");
        assertThat(InputVatTransferOut.lines("盘亏", Money.cny("-5.20"))).extracting(l -> l.signed().format())
                .containsExactly("-5.20", "5.20");
        assertThat(InputVatTransferOut.lines("盘亏", Money.cny("0.00"))).isEmpty();
    }
}
