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
                Map.of("threshold", "100", "amount", "10")))), "params.tiers[1].threshold");
        assertField(SchemeFactory.create("cash_coupon", Map.of("id", "x", "params", Map.of("amount", "5"),
                "window", Map.of("start", "2026-11-25T10:00", "end", "2026-11-25T10:00"))), "window.end");
        assertField(SchemeFactory.create("cash_coupon", Map.of("params", Map.of("amount", "5"))), "id");
    }

    private static List<Object> tiers(String k1, Object t1, String v1, Object b1, String k2, Object t2, Object b2) {
        return List.of(Map.of(k1, t1, v1, b1), Map.of(k1, t2, v1, b2));
    }

    @Test
    void tiersMustRiseInThresholdAndInWhatTheyGive() {
        assertProblem(create("threshold_amount_off", Map.of("tiers", tiers("threshold", "200", "amount", "20", "threshold", "100", "30"))),
                "params.tiers[1].threshold", "strictly increase");
        assertProblem(create("threshold_amount_off", Map.of("tiers", tiers("threshold", "100", "amount", "20", "threshold", "100", "30"))),
                "params.tiers[1].threshold", "strictly increase");
        assertProblem(create("threshold_amount_off", Map.of("tiers", tiers("threshold", "100", "amount", "20", "threshold", "200", "20"))),
                "params.tiers[1].amount", "give more");
        assertProblem(create("threshold_percent_off", Map.of("tiers", tiers("threshold", "100", "payRate", "90", "threshold", "200", "95"))),
                "params.tiers[1].payRate", "give more");
        assertProblem(create("qty_threshold_amount_off", Map.of("tiers", tiers("minQty", 3, "amount", "5", "minQty", 2, "8"))),
                "params.tiers[1].minQty", "strictly increase");
        assertProblem(create("qty_threshold_percent_off", Map.of("tiers", tiers("minQty", 2, "payRate", "90", "minQty", 3, "90"))),
                "params.tiers[1].payRate", "give more");
        assertProblem(create("tiered_unit_price", Map.of("tiers", tiers("minQty", 6, "price", "2.80", "minQty", 12, "2.90"))),
                "params.tiers[1].price", "give more");
        assertProblem(create("threshold_gift", Map.of("gifts", List.of(Map.of("sku", "M", "value", "15")),
                "tiers", tiers("threshold", "100", "gifts", 2, "threshold", "200", 1))), "params.tiers[1].gifts", "give more");
        assertProblem(create("stored_value_bonus", Map.of("tiers", tiers("recharge", "500", "bonus", "50", "recharge", "1000", "50"))),
                "params.tiers[1].bonus", "give more");
        assertProblem(create("b2b_volume_rebate", Map.of("tiers", tiers("volume", "1000", "payRate", "97", "volume", "900", "95"))),
                "params.tiers[1].volume", "strictly increase");
        assertThat(create("threshold_amount_off", Map.of("tiers", tiers("threshold", "100", "amount", "10", "threshold", "200", "25")))
                .isRight()).isTrue();
        assertThat(create("tiered_unit_price", Map.of("tiers", tiers("minQty", 6, "payRate", "95", "minQty", 12, "90"))).isRight())
                .isTrue();
    }

    @Test
    void aBenefitOfNothingIsRefusedNamingItsParameter() {
        List<Map<String, Object>> gifts = List.of(Map.of("sku", "M", "value", "15"));
        assertProblem(create("threshold_gift", Map.of("gifts", gifts, "tiers", List.of(Map.of("threshold", "100", "gifts", 0)))),
                "params.tiers[0].gifts", "≥ 1");
        assertThat(create("threshold_gift", Map.of("gifts", gifts, "tiers", List.of(Map.of("threshold", "100")))).isRight())
                .as("one gift when the tier does not say").isTrue();
        assertProblem(create("threshold_amount_off", Map.of("tiers", List.of(Map.of("threshold", "100", "amount", "0")))),
                "params.tiers[0].amount", "more than 0");
        assertProblem(create("threshold_percent_off", Map.of("tiers", List.of(Map.of("threshold", "100", "payRate", "100")))),
                "params.tiers[0].payRate", "below 100");
        assertProblem(create("qty_threshold_amount_off", Map.of("tiers", List.of(Map.of("minQty", 2, "amount", "0.00")))),
                "params.tiers[0].amount", "more than 0");
        assertProblem(create("every_amount_off", Map.of("threshold", "0", "amount", "10")), "params.threshold", "more than 0");
        assertProblem(create("every_amount_off", Map.of("threshold", "100", "amount", "0")), "params.amount", "more than 0");
        assertProblem(create("percent_off_item", Map.of("payRate", "100")), "params.payRate", "below 100");
        assertProblem(create("amount_off_item", Map.of("amount", "0")), "params.amount", "more than 0");
        assertProblem(create("nth_unit_discount", Map.of("n", 2, "amountOff", "0")), "params.amountOff", "more than 0");
        assertProblem(create("member_day", Map.of("payRate", "100")), "params.payRate", "below 100");
        assertProblem(create("member_level_discount", Map.of("payRates", Map.of())), "params.payRates", "at least one");
        assertProblem(create("member_level_discount", Map.of("payRates", Map.of("GOLD", "100"))), "params.payRates.GOLD", "below 100");
        assertProblem(create("member_price", Map.of("prices", Map.of())), "params.prices", "at least one");
        assertProblem(create("scheduled_price_adjustment", Map.of("prices", Map.of())), "params.prices", "at least one");
        assertProblem(create("time_limited_discount", Map.of("skus", Map.of())), "params.skus", "at least one");
        assertProblem(create("add_on_purchase", Map.of("tiers", List.of(Map.of("threshold", "99", "skus", List.of(), "price", "1")))),
                "params.tiers[0].skus", "at least one");
        assertProblem(create("whole_order_discount", Map.of("amount", "0")), "params.amount", "more than 0");
        assertProblem(create("whole_order_discount", Map.of("payRate", "100")), "params.payRate", "below 100");
        assertProblem(create("new_customer_offer", Map.of("amount", "0")), "params.amount", "more than 0");
        assertProblem(create("payment_method_offer", Map.of("payRate", "100")), "params.payRate", "below 100");
        assertProblem(create("threshold_reward_return", Map.of("threshold", "300", "kind", "POINTS", "amount", 0)),
                "params.amount", "≥ 1");
        assertProblem(create("cash_coupon", Map.of("amount", "0")), "params.amount", "more than 0");
        assertProblem(create("threshold_coupon", Map.of("threshold", "100", "amount", "0")), "params.amount", "more than 0");
        assertProblem(create("percent_coupon", Map.of("payRate", "100")), "params.payRate", "below 100");
        assertProblem(create("product_coupon", Map.of("amount", "0")), "params.amount", "more than 0");
        assertProblem(create("shipping_coupon", Map.of("amount", "0")), "params.amount", "more than 0");
        assertProblem(create("stored_value_bonus", Map.of("tiers", List.of(Map.of("recharge", "500", "bonus", "0")))),
                "params.tiers[0].bonus", "more than 0");
        assertProblem(create("b2b_volume_rebate", Map.of("tiers", List.of(Map.of("volume", "500", "payRate", "100")))),
                "params.tiers[0].payRate", "below 100");
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
