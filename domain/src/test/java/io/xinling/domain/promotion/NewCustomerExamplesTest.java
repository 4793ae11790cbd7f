package io.xinling.domain.promotion;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.xinling.domain.promotion.Catalogue.cart;
import static io.xinling.domain.promotion.Catalogue.fen;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.CTX;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 2.27: the condition is the customer's order history; an anonymous ticket has none known, so it is not new. */
class NewCustomerExamplesTest {

    static final Scheme FIRST_ORDER = io.xinling.domain.promotion.scheme.SchemeFactory.create("new_customer_offer",
            java.util.Map.of("id", "new", "params", java.util.Map.of("amount", "10.00"))).get();

    static PricingResult price(PricingContext ctx) {
        return PromotionEngine.price(cart("H", 1), ctx, List.of(FIRST_ORDER), PromotionPolicy.DEFAULT);
    }

    @Test
    void aMemberWithoutOrdersIsNew() {
        assertThat(price(CTX.withMember("SILVER", Set.of())).discount().minor()).isEqualTo(fen("10.00"));
    }

    @Test
    void aMemberWithAnOrderIsNotNew() {
        PricingResult r = price(CTX.withMember("SILVER", Set.of()).withPreviousOrders(1));
        assertThat(r.discount().isZero()).isTrue();
        assertThat(r.whyNot("new").map(NotApplied::reason)).contains(Reason.NOT_NEW_CUSTOMER);
    }

    @Test
    void anAnonymousTicketIsNotNew() {
        PricingResult r = price(CTX);
        assertThat(r.discount().isZero()).isTrue();
        assertThat(r.whyNot("new").map(NotApplied::reason)).contains(Reason.NOT_NEW_CUSTOMER);
    }
}
