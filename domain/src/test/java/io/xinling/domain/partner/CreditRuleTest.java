package io.xinling.domain.partner;

import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CreditRuleTest {

    @Test
    void an_order_that_reaches_the_limit_exactly_fits_and_one_fen_more_does_not() {
        Optional<Money> limit = Optional.of(Money.cny("1000.00"));
        assertThat(CreditRule.check(limit, Money.cny("600.00"), Money.cny("400.00")).get().remaining())
                .contains(Money.cny(0));
        assertThat(CreditRule.check(limit, Money.cny("600.00"), Money.cny("400.01")).getLeft())
                .isInstanceOf(PartnerError.CreditLimitExceeded.class);
    }

    @Test
    void no_limit_means_unlimited() {
        assertThat(CreditRule.check(Optional.empty(), Money.cny("1E9"), Money.cny("1E9")).isRight()).isTrue();
    }
}
