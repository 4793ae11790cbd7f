package io.xinling.domain.trade;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.pricing.UnitPrice;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LevyRatesTest {

    private static final LocalDate IN_2026 = LocalDate.of(2026, 11, 3);

    private static LineInput line(String ratePercent) {
        return new LineInput(1, Quantity.of(1), UnitPrice.of("100.00", Money.CNY), Percentage.ZERO,
                TaxRate.ofPercent(ratePercent), false);
    }

    @Test
    void a_small_scale_sale_is_charged_3_5_or_exempt_and_1_percent_while_the_reduction_runs() {
        for (String rate : List.of("3", "5", "1", "0")) {
            assertThat(LevyRates.check(List.of(line(rate)), IN_2026).isRight()).as(rate).isTrue();
        }
    }

    @Test
    void a_general_rate_is_refused_naming_the_line_and_the_valid_levy_rates() {
        var refused = LevyRates.check(List.of(line("3"), line("13")), IN_2026);
        assertThat(refused.getLeft()).isInstanceOf(TradeError.NotALevyRate.class);
        assertThat(refused.getLeft().code()).isEqualTo("trade.not-a-levy-rate");
        assertThat(refused.getLeft().message()).contains("lines[1].taxRatePercent: 13%", "2026-11-03", "3%, 5%, 1%, 0%");
        for (String rate : List.of("6", "9", "2", "0.5")) {
            assertThat(LevyRates.check(List.of(line(rate)), IN_2026).isLeft()).as(rate).isTrue();
        }
    }

    @Test
    void the_reduced_1_percent_ends_with_2027_and_did_not_run_before_2023() {
        assertThat(LevyRates.check(List.of(line("1")), LocalDate.of(2027, 12, 31)).isRight()).isTrue();
        assertThat(LevyRates.check(List.of(line("1")), LocalDate.of(2028, 1, 1)).isLeft()).isTrue();
        assertThat(LevyRates.check(List.of(line("1")), LocalDate.of(2022, 12, 31)).isLeft()).isTrue();
        assertThat(LevyRates.check(List.of(line("3")), LocalDate.of(2028, 1, 1)).isRight()).isTrue();
    }
}
