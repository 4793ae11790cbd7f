package io.xinling.domain.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsTest {

    @Test
    void ids_are_positive() {
        assertThatThrownBy(() -> new TenantId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UserId(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TenantId(42)).hasToString("42").isEqualTo(new TenantId(42));
        assertThat(new UserId(7)).hasToString("7");
    }

    @Test
    void kernel_errors_have_stable_codes() {
        assertThat(new KernelError.InvalidValue("f", "r").code()).isEqualTo("kernel.invalid-value");
        assertThat(new KernelError.TooManyDecimals("f", "1.234", 2).message()).isEqualTo("f: 1.234 has more than 2 decimals");
        assertThat(new KernelError.CurrencyMismatch("CNY", "USD").code()).isEqualTo("kernel.currency-mismatch");
        assertThat(new KernelError.UnknownUnit("托").code()).isEqualTo("kernel.unknown-unit");
    }
}
