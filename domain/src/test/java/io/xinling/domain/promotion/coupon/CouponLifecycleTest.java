package io.xinling.domain.promotion.coupon;

import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CouponLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final CouponType TEN_OFF = new CouponType(1, "10 off", CouponKind.CASH_COUPON,
            Map.of("amount", "10.00"), new Validity.DaysFromIssue(30), Optional.empty(), false, true, Money.cny(0));
    private static final Duration TTL = Duration.ofMinutes(15);

    private final Coupon generated = Coupon.generated(CouponCode.generate("X", 1, 2), 1, 1);

    @Test
    void issued_coupon_is_valid_for_n_days_from_issue_then_expires() {
        Coupon issued = generated.issue(7, T0, TEN_OFF).get();
        assertThat(issued.stateAt(T0.plus(Duration.ofDays(29)))).isEqualTo(CouponState.ISSUED);
        assertThat(issued.stateAt(T0.plus(Duration.ofDays(30)))).isEqualTo(CouponState.EXPIRED);
        assertThat(issued.reserve("o1", Optional.of(7L), T0.plus(Duration.ofDays(31)), TTL, TEN_OFF).getLeft())
                .isInstanceOf(CouponError.IllegalTransition.class);
    }

    @Test
    void reserve_then_redeem_by_the_same_order() {
        Coupon locked = generated.issue(7, T0, TEN_OFF).get().reserve("o1", Optional.of(7L), T0, TTL, TEN_OFF).get();
        assertThat(locked.state()).isEqualTo(CouponState.LOCKED);
        assertThat(locked.redeem("o2", T0).getLeft()).isInstanceOf(CouponError.IllegalTransition.class);
        assertThat(locked.redeem("o1", T0).get().state()).isEqualTo(CouponState.REDEEMED);
    }

    @Test
    void a_second_order_cannot_take_a_locked_coupon_until_the_lock_times_out() {
        Coupon locked = generated.issue(7, T0, TEN_OFF).get().reserve("o1", Optional.of(7L), T0, TTL, TEN_OFF).get();
        assertThat(locked.reserve("o2", Optional.of(7L), T0.plusSeconds(60), TTL, TEN_OFF).getLeft())
                .isInstanceOf(CouponError.LockedByAnotherOrder.class);
        Coupon retaken = locked.reserve("o2", Optional.of(7L), T0.plus(TTL), TTL, TEN_OFF).get();
        assertThat(retaken.order()).contains("o2");
        assertThat(locked.redeem("o1", T0.plus(TTL)).isLeft()).as("a timed-out lock cannot be redeemed").isTrue();
    }

    @Test
    void a_coupon_of_a_non_transferable_type_serves_only_its_owner() {
        Coupon issued = generated.issue(7, T0, TEN_OFF).get();
        assertThat(issued.reserve("o1", Optional.of(8L), T0, TTL, TEN_OFF).getLeft()).isInstanceOf(CouponError.NotOwner.class);
        assertThat(issued.reserve("o1", Optional.empty(), T0, TTL, TEN_OFF).getLeft()).isInstanceOf(CouponError.NotOwner.class);
    }

    @Test
    void release_returns_a_lock_to_issued_and_a_full_return_gives_a_redeemed_coupon_back() {
        Coupon issued = generated.issue(7, T0, TEN_OFF).get();
        Coupon locked = issued.reserve("o1", Optional.of(7L), T0, TTL, TEN_OFF).get();
        assertThat(locked.release("o1", T0).get().state()).isEqualTo(CouponState.ISSUED);
        Coupon redeemed = locked.redeem("o1", T0).get();
        assertThat(redeemed.giveBack("o1", T0.plusSeconds(10), TEN_OFF).get().state()).isEqualTo(CouponState.ISSUED);
        assertThat(redeemed.giveBack("o1", T0.plus(Duration.ofDays(40)), TEN_OFF).getLeft())
                .isInstanceOf(CouponError.NotValidAt.class);
        CouponType notReturnable = new CouponType(2, "x", CouponKind.CASH_COUPON, Map.of("amount", "1"),
                new Validity.DaysFromIssue(3), Optional.empty(), false, false, Money.cny(0));
        assertThat(redeemed.giveBack("o1", T0, notReturnable).isLeft()).isTrue();
    }

    @Test
    void only_generated_or_issued_coupons_can_be_voided() {
        assertThat(generated.voidIt(T0).get().state()).isEqualTo(CouponState.VOIDED);
        Coupon redeemed = generated.issue(7, T0, TEN_OFF).get().reserve("o", Optional.of(7L), T0, TTL, TEN_OFF).get()
                .redeem("o", T0).get();
        assertThat(redeemed.voidIt(T0).getLeft()).isInstanceOf(CouponError.IllegalTransition.class);
        assertThat(generated.reserve("o", Optional.empty(), T0, TTL, TEN_OFF).isLeft()).as("not yet issued").isTrue();
    }

    @Test
    void type_parameters_are_checked_per_kind_naming_the_field() {
        CouponType threshold = new CouponType(0, "满100减120", CouponKind.THRESHOLD_COUPON,
                Map.of("threshold", "100.00", "amount", "120.00"), new Validity.DaysFromIssue(3), Optional.empty(),
                false, false, Money.cny(0));
        assertThat(CouponTypeRules.check(threshold).getLeft().message()).startsWith("parameters.amount");
        CouponType percent = new CouponType(0, "x", CouponKind.PERCENT_COUPON, Map.of("payRate", "120"),
                new Validity.DaysFromIssue(3), Optional.empty(), false, false, Money.cny(0));
        assertThat(CouponTypeRules.check(percent).getLeft().message()).startsWith("parameters.payRate");
        CouponType missing = new CouponType(0, "x", CouponKind.CASH_COUPON, Map.of(),
                new Validity.DaysFromIssue(3), Optional.empty(), false, false, Money.cny(0));
        assertThat(CouponTypeRules.check(missing).getLeft().message()).startsWith("parameters.amount");
        CouponType decimals = new CouponType(0, "x", CouponKind.CASH_COUPON, Map.of("amount", "1.005"),
                new Validity.DaysFromIssue(3), Optional.empty(), false, false, Money.cny(0));
        assertThat(CouponTypeRules.check(decimals).isLeft()).isTrue();
        assertThat(CouponTypeRules.check(TEN_OFF).get()).isEqualTo(TEN_OFF);
    }

    @Test
    void a_stale_lock_reads_as_free_without_its_order() {
        Coupon locked = generated.issue(7, T0, TEN_OFF).get().reserve("o1", Optional.of(7L), T0, TTL, TEN_OFF).get();
        assertThat(locked.asOf(T0.plusSeconds(1)).order()).contains("o1");
        Coupon shown = locked.asOf(T0.plus(TTL));
        assertThat(shown.state()).isEqualTo(CouponState.ISSUED);
        assertThat(shown.order()).isEmpty();
        assertThat(shown.lockedUntil()).isEmpty();
    }
}
