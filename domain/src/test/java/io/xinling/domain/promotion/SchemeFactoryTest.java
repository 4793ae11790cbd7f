package io.xinling.domain.promotion;

import io.vavr.control.Either;
import io.xinling.domain.promotion.scheme.SchemeFactory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.xinling.domain.promotion.Catalogue.cart;
import static io.xinling.domain.promotion.Catalogue.yuan;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.CTX;
import static org.assertj.core.api.Assertions.assertThat;

class SchemeFactoryTest {

    static Either<PromotionError, Scheme> create(String type, Map<String, Object> params) {
        return SchemeFactory.create(type, Map.of("id", type, "params", params));
    }

    @Test
    void everyCatalogueTypeParsesFromAJsonLikeMap() {
        assertThat(SchemeFactory.types()).hasSize(42);
        for (Map.Entry<String, Map<String, Object>> e : PromotionFixtures.SAMPLE_PARAMS.entrySet()) {
            Either<PromotionError, Scheme> s = create(e.getKey(), e.getValue());
            assertThat(s.isRight()).as(e.getKey() + " " + s).isTrue();
            assertThat(s.get().type()).isEqualTo(e.getKey());
        }
        assertThat(PromotionFixtures.SAMPLE_PARAMS.keySet()).containsExactlyInAnyOrderElementsOf(SchemeFactory.types());
    }

    @Test
    void parsedSchemePricesLikeTheTypedOne() {
        Scheme s = SchemeFactory.create("threshold_amount_off", Map.of("id", "mj", "params",
                Map.of("tiers", List.of(Map.of("threshold", "100.00", "amount", new BigDecimal("20")))))).get();
        PricingResult r = PromotionEngine.price(cart("D", 5, "A", 12), CTX, List.of(s), PromotionPolicy.DEFAULT);
        assertThat(r.payable()).isEqualTo(yuan("80.00"));
    }

    @Test
    void unknownTypeIsATypedError() {
        assertThat(create("buy_everything", Map.of()).getLeft().code()).isEqualTo("promotion.unknown-rule-type");
    }

    @Test
    void malformedSchemesNameTheirField() {
        assertField(create("percent_off_item", Map.of("payRate", "120")), "params.payRate");
        assertField(create("cash_coupon", Map.of("amount", "-5")), "params.amount");
        assertField(create("cash_coupon", Map.of("amount", "5.001")), "params.amount");
        assertField(create("special_price", Map.of("price", "abc")), "params.price");
        assertField(create("threshold_amount_off", Map.of("tiers", List.of(Map.of("threshold", "200", "amount", "20"),
                Map.of("threshold", "100", "amount", "10")))), "params.tiers[1]");
        assertField(SchemeFactory.create("cash_coupon", Map.of("id", "x", "params", Map.of("amount", "5"),
                "window", Map.of("start", "2026-11-25T10:00", "end", "2026-11-25T10:00"))), "window.end");
        assertField(SchemeFactory.create("cash_coupon", Map.of("params", Map.of("amount", "5"))), "id");
    }

    private static void assertField(Either<PromotionError, Scheme> result, String field) {
        assertThat(result.isLeft()).as(String.valueOf(result)).isTrue();
        assertThat(result.getLeft().code()).isEqualTo("promotion.invalid-scheme");
        assertThat(((PromotionError.InvalidScheme) result.getLeft()).field()).isEqualTo(field);
    }
}
