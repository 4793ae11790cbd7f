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

    static Either<PromotionError, Scheme> withPart(String key, Object value) {
        return SchemeFactory.create("cash_coupon", Map.of("id", "x", "params", Map.of("amount", "5"), key, value));
    }

    @Test
    void typosAndValuesOfTheWrongKindAreRefusedNotIgnored() {
        assertField(withPart("prority", 1), "prority");
        assertField(withPart("stacking", Map.of("stackWithCoupons", false)), "stacking.stackWithCoupons");
        assertField(withPart("limits", Map.of("qtyPerOder", 2)), "limits.qtyPerOder");
        assertField(withPart("stacking", Map.of("exclusive", "yes")), "stacking.exclusive");
        assertField(withPart("window", Map.of("monthDays", List.of(40))), "window.monthDays[0]");
        assertField(withPart("priority", 99_999_999_999L), "priority");
        assertThat(withPart("stacking", Map.of("exclusive", true)).get().stacking().exclusive()).isTrue();
        assertThat(withPart("limits", Map.of("qtyPerOrder", 2, "activityStock", 10)).get().limits().qtyPerOrder()).isEqualTo(2);
    }

    @Test
    void problemsNameTheFieldInTheirOwnWordsNotJavas() {
        assertProblem(withPart("version", 0), "version", "whole number from 1");
        assertProblem(withPart("window", Map.of("monthDays", List.of("abc"))), "window.monthDays[0]", "'abc' is not a day");
        assertProblem(withPart("window", Map.of("blackout", List.of("2026-02-30"))), "window.blackout[0]", "not an ISO date");
        assertProblem(create("rounding_off", Map.of("mode", "FOO")), "params.mode", "'FOO' is not one of");
        assertProblem(create("buy_n_get_m_free", Map.of("n", 0, "m", 1)), "params.n", "≥ 1");
        assertProblem(create("buy_n_get_m_free", Map.of("n", 2, "m", 0)), "params.m", "≥ 1");
        assertProblem(create("nth_unit_discount", Map.of("n", 1, "payRate", "50")), "params.n", "≥ 2");
    }

    private static void assertProblem(Either<PromotionError, Scheme> result, String field, String words) {
        assertField(result, field);
        assertThat(((PromotionError.InvalidScheme) result.getLeft()).problem()).contains(words)
                .doesNotContain("java.").doesNotContain("No enum constant").doesNotContain("For input string");
    }

    private static void assertField(Either<PromotionError, Scheme> result, String field) {
        assertThat(result.isLeft()).as(String.valueOf(result)).isTrue();
        assertThat(result.getLeft().code()).isEqualTo("promotion.invalid-scheme");
        assertThat(((PromotionError.InvalidScheme) result.getLeft()).field()).isEqualTo(field);
    }
}
