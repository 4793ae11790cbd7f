package io.xinling.application.promotion.quota;

import io.xinling.application.promotion.campaign.Campaign;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.CartLine;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionEngine;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.SchemeUsage;
import io.xinling.domain.promotion.lifecycle.SchemeStatus;
import io.xinling.domain.promotion.scheme.SchemeFactory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

        List<Claim> claims = Quotas.claims(priced, quotas, Map.of(), Optional.of(7L), DAY);

        assertThat(claims).extracting(c -> c.key().schemeId() + "/" + c.key().resource().wireName() + "/" + c.key().subject()
                + "=" + c.amount()).as("in lock order: scheme, resource, subject").containsExactly(
                "gift/budget/=3000", "gift/giftStock/=2", "sp/activityStock/=3", "sp/qtyPerCustomer/7=3",
                "sp/usesPerCustomerPerDay/7@2026-11-25=1", "sp/usesTotal/=1");
        assertThat(priced.appliedScheme("gift").orElseThrow().benefit()).as("the gifts' value is the spend the budget counts")
                .isEqualTo(Money.cny("30.00"));
        assertThat(Quotas.claims(priced, quotas, Map.of(), Optional.empty(), DAY)).as("anonymous: per-customer limits do not count")
                .extracting(c -> c.key().resource().wireName()).containsExactly("budget", "giftStock", "activityStock", "usesTotal");
    }

    @Test
    void what_is_left_never_goes_below_zero_and_unlimited_stays_unlimited() {
        SchemeQuota quota = SchemeQuota.parse(Map.of("limits", Map.of("budget", "20.00", "usesPerCustomer", 2))).get();
        Map<CounterKey, Long> used = Map.of(new CounterKey("mj", Resource.BUDGET, ""), 2500L,
                CounterKey.of("mj", Resource.USES_PER_CUSTOMER, 7, DAY), 1L);

        SchemeUsage left = Quotas.left(Map.of("mj", quota), Map.of(), used, Optional.of(7L), DAY).get("mj");

        assertThat(left.budgetLeftMinor()).as("a budget lowered under its use leaves nothing").isZero();
        assertThat(left.customerUsesLeft()).isEqualTo(1);
        assertThat(left.totalUsesLeft()).isEqualTo(Long.MAX_VALUE);
        assertThat(Quotas.left(Map.of("mj", quota), Map.of(), used, Optional.empty(), DAY).get("mj").customerUsesLeft())
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void a_campaign_budget_is_read_shared_by_its_schemes_and_claimed_once_per_order() {
        Campaign campaign = new Campaign("double-11", "双十一", Optional.empty(), Optional.empty(), Set.of(), Set.of(),
                SchemeStatus.ACTIVE, List.of("mj-a", "mj-b"), Optional.of(1_500L), Optional.of(10L), Instant.EPOCH);
        Map<String, Campaign> byScheme = Map.of("mj-a", campaign, "mj-b", campaign);
        SchemeQuota ownBudget = SchemeQuota.parse(Map.of("limits", Map.of("budget", "8.00"))).get();
        Map<CounterKey, Long> used = Map.of(CounterKey.campaign("double-11", Resource.BUDGET), 400L,
                CounterKey.campaign("double-11", Resource.USES_TOTAL), 3L);

        assertThat(Quotas.keys(Map.of("mj-a", ownBudget), byScheme, Optional.empty(), DAY)).containsExactly(
                CounterKey.campaign("double-11", Resource.BUDGET), CounterKey.campaign("double-11", Resource.USES_TOTAL),
                new CounterKey("mj-a", Resource.BUDGET, ""));
        Map<String, SchemeUsage> left = Quotas.left(Map.of("mj-a", ownBudget), byScheme, used, Optional.empty(), DAY);
        assertThat(left.get("mj-a")).isEqualTo(new SchemeUsage(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE,
                Long.MAX_VALUE, Long.MAX_VALUE, 800, "double-11", 1_100, 7));
        assertThat(left.get("mj-b").budgetLeftMinor()).isEqualTo(Long.MAX_VALUE);
        assertThat(left.get("mj-b").poolBudgetLeftMinor()).isEqualTo(1_100);

        Map<String, Object> a = Map.of("id", "mj-a", "params", Map.of("tiers", List.of(Map.of("threshold", "50.00", "amount", "10.00"))));
        Map<String, Object> b = Map.of("id", "mj-b", "exclusionGroup", "b",
                "params", Map.of("tiers", List.of(Map.of("threshold", "50.00", "amount", "10.00"))));
        PricingResult priced = PromotionEngine.price(Cart.of(CartLine.of(1, "H", "日化", "", Money.cny("100.00"), 1)),
                AT.withUsage(left), List.of(SchemeFactory.create("threshold_amount_off", a).get(),
                        SchemeFactory.create("threshold_amount_off", b).get()), PromotionPolicy.DEFAULT);
        assertThat(priced.discount()).as("8.00 of mj-a's own budget is too little for 10.00; mj-b takes 10.00 of the 11.00")
                .isEqualTo(Money.cny("10.00"));
        assertThat(Quotas.claims(priced, Map.of("mj-a", ownBudget), byScheme, Optional.empty(), DAY))
                .extracting(c -> c.key().schemeId() + "/" + c.key().resource().wireName() + "=" + c.amount() + "/" + c.limit())
                .containsExactly("campaign:double-11/budget=1000/1500", "campaign:double-11/usesTotal=1/10");
    }

    @Test
    void malformed_limits_name_their_field() {
        assertThat(SchemeQuota.parse(Map.of("limits", Map.of("usesTotal", "1.5"))).getLeft().message()).startsWith("limits.usesTotal:");
        assertThat(SchemeQuota.parse(Map.of("limits", Map.of("giftStock", -1))).getLeft().message()).startsWith("limits.giftStock:");
        assertThat(SchemeQuota.parse(Map.of("limits", Map.of("budget", "1.001"))).getLeft().message()).startsWith("limits.budget:");
        assertThat(SchemeQuota.parse(Map.of("limits", "lots")).getLeft().message()).startsWith("limits:");
    }
}
