package io.xinling.domain.trade;

import io.xinling.domain.kernel.TaxRate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class VatRatesTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    @Test
    void the_chinese_table_allows_13_9_6_5_3_1_and_0_percent_today_and_nothing_else() {
        for (String rate : new String[] {"13", "9", "6", "5", "3", "1", "0"}) {
            assertThat(VatRates.allows(VatRates.CHINA, TaxRate.ofPercent(rate), D)).as(rate).isTrue();
        }
        for (String rate : new String[] {"17", "16", "10", "12.5", "4", "100"}) {
            assertThat(VatRates.allows(VatRates.CHINA, TaxRate.ofPercent(rate), D)).as(rate).isFalse();
        }
        assertThat(VatRates.validOn(VatRates.CHINA, D)).isEqualTo("13%, 9%, 6%, 5%, 3%, 1%, 0%");
    }

    @Test
    void a_rate_is_valid_only_inside_its_dates() {
        assertThat(VatRates.allows(VatRates.CHINA, TaxRate.ofPercent("13"), LocalDate.of(2019, 3, 31))).isFalse();
        assertThat(VatRates.allows(VatRates.CHINA, TaxRate.ofPercent("13"), LocalDate.of(2019, 4, 1))).isTrue();
        assertThat(VatRates.allows(VatRates.CHINA, TaxRate.ofPercent("1"), LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(VatRates.allows(VatRates.CHINA, TaxRate.ofPercent("1"), LocalDate.of(2028, 1, 1))).isFalse();
        assertThat(VatRates.allows(VatRates.CHINA, TaxRate.ofPercent("1"), LocalDate.of(2022, 12, 31))).isFalse();
    }
}
