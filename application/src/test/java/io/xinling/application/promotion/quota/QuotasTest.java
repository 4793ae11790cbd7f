package io.xinling.application.promotion.quota;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.CartLine;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionEngine;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.SchemeUsage;
import io.xinling.domain.promotion.scheme.SchemeFactory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a priced order takes of each limited resource, and what is left fed back to the engine (spec 3.11). */
class QuotasTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final PricingContext AT = PricingContext.at("S1", "POS", DAY.atTime(12, 0));

    @Test
    void an_order_takes_one_use_its_promotional_units_its_gifts_and_its_benefit() {
        Map<String, Object> special = Map.of("id", "sp", "params", Map.of("price", "39.90"), "scope", Map.of("skus", List.of("H")),
                "limits", Map.of("qtyPerCustomer", 5, "activityStock", 100, "usesTotal", 10, "usesPerCustomerPerDay", 1));
        Map<String, Object> gift = Map.of("id", "gift", "params", Map.of("tiers", List.of(Map.of("threshold", "100.00", "gifts", 2)),
                "gifts", List.of(Map.of("sku", "M", "value", "15.00"))), "limits", Map.of("giftStock", 3, "budget", "500.00"));
        Map<String, SchemeQuota> quotas = Map.of("sp", SchemeQuota.parse(special).get(), "gift", SchemeQuota.parse(gift).get());
        PricingResult priced = PromotionEngine.price(Cart.of(CartLine.of(1, "H", "日化", "", Money.cny("45.00"), 3)), AT,
                List.of(SchemeFactory.create("special_price", special).get(), SchemeFactory.create("threshold_gift", gift).get()),
                PromotionPolicy.DEFAULT);

        List<Claim> claims = Quotas.claims(priced, quotas, Optional.of(7L), DAY);

        assertThat(claims).extracting(c -> c.key().schemeId() + "/" + c.key().resource().wireName() + "/" + c.key().subject()
                + "=" + c.amount()).as("in lock order: scheme, resource, subject").containsExactly(
                "gift/budget/=3000", "gift/giftStock/=2", "sp/activityStock/=3", "sp/qtyPerCustomer/7=3",
                "sp/usesPerCustomerPerDay/7@2026-11-25=1", "sp/usesTotal/=1");
        assertThat(priced.appliedScheme("gift").orElseThrow().benefit()).as("the gifts' value is the spend the budget counts")
                .isEqualTo(Money.cny("30.00"));
        assertThat(Quotas.claims(priced, quotas, Optional.empty(), DAY)).as("anonymous: per-customer limits do not count")
                .extracting(c -> c.key().resource().wireName()).containsExactly("budget", "giftStock", "activityStock", "usesTotal");
    }

    @Test
    void what_is_left_never_goes_below_zero_and_unlimited_stays_unlimited() {
        SchemeQuota quota = SchemeQuota.parse(Map.of("limits", Map.of("budget", "20.00", "usesPerCustomer", 2))).get();
        Map<CounterKey, Long> used = Map.of(new CounterKey("mj", Resource.BUDGET, ""), 2500L,
                CounterKey.of("mj", Resource.USES_PER_CUSTOMER, 7, DAY), 1L);

        SchemeUsage left = Quotas.left(Map.of("mj", quota), used, Optional.of(7L), DAY).get("mj");

        assertThat(left.budgetLeftMinor()).as("a budget lowered under its use leaves nothing").isZero();
        assertThat(left.customerUsesLeft()).isEqualTo(1);
        assertThat(left.totalUsesLeft()).isEqualTo(Long.MAX_VALUE);
        assertThat(Quotas.left(Map.of("mj", quota), used, Optional.empty(), DAY).get("mj").customerUsesLeft())
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void malformed_limits_name_their_field() {
        assertThat(SchemeQuota.parse(Map.of("limits", Map.of("usesTotal", "1.5"))).getLeft().message()).startsWith("limits.usesTotal:");
        assertThat(SchemeQuota.parse(Map.of("limits", Map.of("giftStock", -1))).getLeft().message()).startsWith("limits.giftStock:");
        assertThat(SchemeQuota.parse(Map.of("limits", Map.of("budget", "1.001"))).getLeft().message()).startsWith("limits.budget:");
        assertThat(SchemeQuota.parse(Map.of("limits", "lots")).getLeft().message()).startsWith("limits:");
    }
}
