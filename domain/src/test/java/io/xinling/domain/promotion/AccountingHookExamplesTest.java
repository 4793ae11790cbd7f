package io.xinling.domain.promotion;

import io.xinling.domain.promotion.returns.RevenueAllocation;
import io.xinling.domain.promotion.rule.Tier;
import io.xinling.domain.promotion.rule.Tiers;
import io.xinling.domain.promotion.rule.group.B2bFreeGoods;
import io.xinling.domain.promotion.rule.loyalty.StoredValueBonus;
import io.xinling.domain.promotion.scheme.ProductScope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.xinling.domain.promotion.Catalogue.cart;
import static io.xinling.domain.promotion.Catalogue.fen;
import static io.xinling.domain.promotion.Catalogue.yuan;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.CTX;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.price;
import static org.assertj.core.api.Assertions.assertThat;

class AccountingHookExamplesTest {

    @Test
    void example22_storedValueRechargeBonusAndSpendingSplit() {
        StoredValueBonus proportional = new StoredValueBonus(new Tiers(List.of(new Tier(fen("500.00"), fen("50.00")))),
                StoredValueBonus.Spending.PROPORTIONAL);
        assertThat(proportional.bonusFor(fen("500.00"))).isEqualTo(fen("50.00"));
        assertThat(proportional.split(fen("110.00"), fen("500.00"), fen("50.00")))
                .isEqualTo(new StoredValueBonus.Split(fen("100.00"), fen("10.00")));
        StoredValueBonus principalFirst = new StoredValueBonus(proportional.tiers(), StoredValueBonus.Spending.PRINCIPAL_FIRST);
        assertThat(principalFirst.split(fen("110.00"), fen("500.00"), fen("50.00")))
                .isEqualTo(new StoredValueBonus.Split(fen("110.00"), 0));
        PricingResult cart = price(cart("E", 1), CTX, Scheme.of("sv", "充500送50", proportional));
        assertThat(cart.whyNot("sv").orElseThrow().reason()).isEqualTo(Reason.NOT_A_CART_RULE);
    }

    @Test
    void example25_revenueAllocationOverGiftByFairValue() {
        PricingResult r = price(cart("F", 1, "E", 1), CTX, ReturnExamplesTest.gift199());
        Map<Integer, io.xinling.domain.kernel.Money> revenue = RevenueAllocation.of(r);
        assertThat(revenue).containsEntry(1, yuan("150.26")).containsEntry(2, yuan("93.56")).containsEntry(3, yuan("14.18"));
    }

    @Test
    void example32_revenueAllocationOverFreeCases() {
        Scheme s = Scheme.of("10+1", "订货10+1", new B2bFreeGoods(10, 1, null, 0)).withScope(ProductScope.skus(Set.of("P")));
        Map<Integer, io.xinling.domain.kernel.Money> revenue = RevenueAllocation.of(price(cart("P", 35), CTX, s));
        assertThat(revenue).containsEntry(1, yuan("3868.42")).containsEntry(2, yuan("331.58"));
    }
}
