package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.rule.finishing.RoundingMode;
import io.xinling.domain.promotion.rule.finishing.RoundingOff;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec 2.39: an upward 抹零 is an "other charge" line, so line payables sum to the order payable (3.17). */
class RoundingChargeExamplesTest {

    @Test
    void anUpwardRoundingIsAnOtherChargeLine() {
        Cart cart = Cart.of(new CartLine(1, "X", List.of(), "", Money.cny("57.86"), Quantity.of(1), true, false,
                PriceFloor.NONE));
        Scheme ceil = Scheme.of("r", "见角进元", new RoundingOff(RoundingMode.CEIL_YUAN, false));
        PricingResult r = PromotionEngine.price(cart, PricingContext.at("S1", "POS", LocalDateTime.of(2026, 11, 25, 12, 0)),
                List.of(ceil), PromotionPolicy.DEFAULT);
        assertThat(r.payable()).isEqualTo(Money.cny("58.00"));
        assertThat(r.roundingCharge()).isEqualTo(Money.cny("0.14"));
        assertThat(r.lines()).hasSize(2);
        LineResult charge = r.lines().get(1);
        assertThat(charge.charge()).isTrue();
        assertThat(charge.lineNo()).isEqualTo(2);
        assertThat(charge.sku()).isEqualTo(LineResult.ROUNDING_CHARGE_SKU);
        assertThat(charge.payable()).isEqualTo(Money.cny("0.14"));
        assertThat(r.lines().stream().map(LineResult::payable).reduce(Money.cny(0), Money::plus)).isEqualTo(r.payable());
        assertThat(io.xinling.domain.promotion.returns.RevenueAllocation.of(r)).containsOnlyKeys(1);
    }
}
