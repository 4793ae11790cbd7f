package io.xinling.domain.promotion.coupon;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.CartLine;
import io.xinling.domain.promotion.NotApplied;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionEngine;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.Stage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CouponRedemptionTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final CouponType MJ = type(CouponKind.THRESHOLD_COUPON, Map.of("threshold", "100.00", "amount", "15.00"));

    private final Coupon generated = Coupon.generated(CouponCode.generate("X", 1, 2), 1, 1);
    private final Coupon issued = generated.issue(7, T0, MJ).get();

    private static CouponType type(CouponKind kind, Map<String, String> parameters) {
        return new CouponType(1, "券", kind, parameters, new Validity.DaysFromIssue(30), Optional.empty(), false, true,
                Money.cny(0));
    }

    private static Reason refused(Either<NotApplied, Scheme> checked) {
        return checked.getLeft().reason();
    }

    private static PricingResult price(Scheme coupon, String store, long yuan) {
        Cart cart = new Cart(List.of(CartLine.of(1, "D", "乳品", "b", Money.cny(yuan * 100), 1)));
        PricingContext ctx = PricingContext.at(store, "POS", LocalDateTime.of(2026, 11, 2, 12, 0))
                .withCoupons(Set.of(coupon.audience().couponCode().orElseThrow()));
        return PromotionEngine.price(cart, ctx, List.of(coupon), PromotionPolicy.DEFAULT);
    }

    @Test
    void an_issued_coupon_becomes_its_types_rule_in_stage_s4_unlocked_by_its_code_only() {
        Scheme scheme = CouponRedemption.check(issued, MJ, T0.plusSeconds(60), Optional.of(7L), Optional.empty()).get();
        assertThat(scheme.id()).isEqualTo("coupon:" + issued.code().value());
        assertThat(scheme.stage()).isEqualTo(Stage.S4_COUPON);
        assertThat(scheme.type()).isEqualTo("threshold_coupon");
        assertThat(scheme.audience().couponCode()).contains(issued.code().value());
        assertThat(price(scheme, "S1", 120).totalDue()).isEqualTo(Money.cny(10_500));
        PricingResult below = price(scheme, "S1", 80);
        assertThat(below.whyNot(scheme.id()).orElseThrow().reason()).isEqualTo(Reason.THRESHOLD_NOT_MET);
        assertThat(below.whyNot(scheme.id()).orElseThrow().shortfall()).contains(Money.cny(2_000));
    }

    @Test
    void each_state_and_time_that_forbids_use_is_its_own_reason() {
        Instant at = T0.plusSeconds(60);
        assertThat(refused(CouponRedemption.check(generated, MJ, at, Optional.of(7L), Optional.empty())))
                .isEqualTo(Reason.COUPON_NOT_ISSUED);
        assertThat(refused(CouponRedemption.check(issued, MJ, T0.minusSeconds(1), Optional.of(7L), Optional.empty())))
                .isEqualTo(Reason.COUPON_NOT_YET_VALID);
        assertThat(refused(CouponRedemption.check(issued, MJ, T0.plus(Duration.ofDays(30)), Optional.of(7L), Optional.empty())))
                .isEqualTo(Reason.COUPON_EXPIRED);
        assertThat(refused(CouponRedemption.check(issued, MJ, at, Optional.of(8L), Optional.empty())))
                .isEqualTo(Reason.MEMBER_NOT_ELIGIBLE);
        assertThat(refused(CouponRedemption.check(issued, MJ, at, Optional.empty(), Optional.empty())))
                .as("a member's coupon needs the member").isEqualTo(Reason.MEMBER_NOT_ELIGIBLE);
        Coupon locked = issued.reserve("o1", Optional.of(7L), at, TTL, MJ).get();
        assertThat(refused(CouponRedemption.check(locked, MJ, at, Optional.of(7L), Optional.of("o2"))))
                .isEqualTo(Reason.COUPON_LOCKED);
        assertThat(CouponRedemption.check(locked, MJ, at, Optional.of(7L), Optional.of("o1")).isRight())
                .as("the order that holds it may price it again").isTrue();
        assertThat(CouponRedemption.check(locked, MJ, at.plus(TTL), Optional.of(7L), Optional.of("o2")).isRight())
                .as("a lock that ran out holds nothing").isTrue();
        Coupon redeemed = locked.redeem("o1", at).get();
        assertThat(refused(CouponRedemption.check(redeemed, MJ, at, Optional.of(7L), Optional.empty())))
                .isEqualTo(Reason.COUPON_ALREADY_USED);
        assertThat(CouponRedemption.check(redeemed, MJ, at, Optional.of(7L), Optional.of("o1")).isRight())
                .as("the order that redeemed it is priced again with it (a return)").isTrue();
        assertThat(refused(CouponRedemption.check(issued.voidIt(at).get(), MJ, at, Optional.of(7L), Optional.empty())))
                .isEqualTo(Reason.COUPON_VOIDED);
    }

    @Test
    void the_types_stores_and_skus_limit_where_and_on_what_the_coupon_applies() {
        CouponType product = type(CouponKind.PRODUCT_COUPON, Map.of("amount", "3.00", "skus", "D", "units", "1",
                "stores", "S1,S2"));
        Scheme scheme = CouponRedemption.scheme(issued.code(), product).get();
        assertThat(price(scheme, "S2", 10).totalDue()).isEqualTo(Money.cny(700));
        assertThat(price(scheme, "S9", 10).whyNot(scheme.id()).orElseThrow().reason()).isEqualTo(Reason.STORE_NOT_ELIGIBLE);
        assertThat(scheme.scope().skus()).containsExactly("D");
    }
}
