package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.rule.loyalty.PointsRedemption;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's long arithmetic stays in range: carts are bounded, and a huge points balance only caps. */
class ArithmeticBoundsTest {

    static final PricingContext CTX = PricingContext.at("S1", "POS", LocalDateTime.of(2026, 11, 25, 12, 0));

    @Test
    void aPointsBalanceBeyondWhatALongOfMinorUnitsHoldsRedeemsUpToTheShare() {
        Scheme points = Scheme.of("pr", "积分抵现", new PointsRedemption(1, 0, 1, 10_000));
        PricingResult r = PromotionEngine.price(Catalogue.cart("H", 1), CTX.withPoints(100_000_000_000_000_000L),
                List.of(points), PromotionPolicy.DEFAULT);
        assertThat(r.payable()).isEqualTo(Money.cny("0.00"));
    }

    @Test
    void schemesPriceOnlyCartsInATwoDecimalCurrency() {
        Cart bhd = Cart.of(new CartLine(1, "H", List.of(), "", Money.of("150.000", java.util.Currency.getInstance("BHD")),
                Quantity.of(1), true, false, PriceFloor.NONE));
        assertThat(PromotionEngine.canPrice(java.util.Currency.getInstance("USD"))).isTrue();
        assertThat(PromotionEngine.canPrice(java.util.Currency.getInstance("JPY"))).isFalse();
        assertThatThrownBy(() -> PromotionEngine.price(bhd, CTX, List.of(), PromotionPolicy.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLineOrACartWhoseAmountCouldOverflowIsRefused() {
        assertThatThrownBy(() -> new CartLine(1, "H", List.of(), "", Money.cny("99999.99"),
                Quantity.of("1000000000000"), true, false, PriceFloor.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CartLine(1, "H", List.of(), "", Money.cny("1.00"),
                Quantity.of("100000000000000000000"), true, false, PriceFloor.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CartLine(Integer.MAX_VALUE, "H", List.of(), "", Money.cny("1.00"),
                Quantity.of(1), true, false, PriceFloor.NONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
