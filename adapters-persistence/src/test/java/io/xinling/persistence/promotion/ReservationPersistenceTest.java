package io.xinling.persistence.promotion;

import io.xinling.application.promotion.PromotionPreviewService;
import io.xinling.application.promotion.PromotionRefusal;
import io.xinling.application.promotion.SchemeService;
import io.xinling.application.promotion.quota.Reservation;
import io.xinling.application.promotion.quota.ReservationResult;
import io.xinling.application.promotion.quota.ReservationService;
import io.xinling.application.promotion.quota.ReserveCommand;
import io.xinling.application.promotion.quota.TicketTime;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.CartLine;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.Reason;
import io.xinling.persistence.common.Database;
import io.xinling.persistence.common.JooqTransactor;
import io.xinling.persistence.tenancy.JooqTenantRepository;
import io.xinling.persistence.testing.MutableClock;
import io.xinling.persistence.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reservations of scheme limits on embedded PostgreSQL, with a clock the test moves (spec 3.11). */
class ReservationPersistenceTest {

    private static final Cart HUNDRED = Cart.of(CartLine.of(1, "D", "乳品", "", Money.cny("100.00"), 1));
    private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");
    private static final PricingContext AT = PricingContext.at("S1", "POS", LocalDateTime.of(2026, 11, 25, 12, 0));

    private final Database db = TestDatabase.database();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T04:00:00Z"));
    private final JooqTransactor transactor = new JooqTransactor(db.dsl());
    private final JooqSchemeRepository schemeRepository = new JooqSchemeRepository(db.dsl());
    private final SchemeService schemes = new SchemeService(transactor, schemeRepository,
            new JooqCampaignRepository(db.dsl()), clock);
    private final ReservationService reservations = new ReservationService(transactor,
            new JooqReservationRepository(db.dsl()), schemeRepository, new JooqCampaignRepository(db.dsl()),
            new PromotionPreviewService(schemes, new JooqPolicyRepository(db.dsl())),
            new TicketTime(SHANGHAI, TicketTime.DEFAULT_TOLERANCE), clock);
    private TenantId tenant;

    @BeforeEach
    void tenant() {
        tenant = new JooqTenantRepository(db.dsl()).create(TestDatabase.uniqueName("promo"), Instant.now()).orElseThrow().id();
    }

    @Test
    void an_unpaid_order_holds_the_budget_until_its_time_to_live_runs_out() {
        activeManjian(Map.of("budget", "20.00"));
        ReservationResult first = reserve("o-1", Duration.ofMinutes(15)).get();
        assertThat(first.priced().payable()).isEqualTo(Money.cny("80.00"));
        assertThat(first.reservation().schemes()).singleElement()
                .satisfies(s -> assertThat(s.version()).isEqualTo(1));

        ReservationResult second = reserve("o-2", Duration.ofMinutes(15)).get();
        assertThat(second.priced().payable()).as("the budget is held by o-1").isEqualTo(Money.cny("100.00"));
        assertThat(second.priced().whyNot("mj").orElseThrow().reason()).isEqualTo(Reason.BUDGET_EXHAUSTED);
        assertThat(reservations.release(tenant, second.reservation().id()).isRight()).isTrue();

        clock.advance(Duration.ofMinutes(15));
        assertThat(reservations.find(tenant, first.reservation().id()).get().status()).isEqualTo(Reservation.Status.EXPIRED);
        assertThat(reservations.confirm(tenant, first.reservation().id()).getLeft())
                .isInstanceOf(PromotionRefusal.IllegalStatus.class);
        assertThat(reservations.usage(tenant, "mj").get()).singleElement().satisfies(c -> assertThat(c.used()).isZero());

        ReservationResult third = reserve("o-3", Duration.ofMinutes(15)).get();
        assertThat(third.priced().payable()).as("expiry gave the budget back").isEqualTo(Money.cny("80.00"));
    }

    @Test
    void a_confirmed_order_keeps_its_share_past_the_time_to_live_until_it_is_cancelled() {
        activeManjian(Map.of("budget", "20.00"));
        long paid = reserve("o-1", Duration.ofMinutes(1)).get().reservation().id();
        assertThat(reservations.confirm(tenant, paid).get().status()).isEqualTo(Reservation.Status.CONFIRMED);
        clock.advance(Duration.ofHours(2));
        assertThat(reserve("o-2", Duration.ofMinutes(1)).get().priced().payable()).isEqualTo(Money.cny("100.00"));
        assertThat(reservations.release(tenant, paid).get().status()).isEqualTo(Reservation.Status.RELEASED);
        assertThat(reserve("o-3", Duration.ofMinutes(1)).get().priced().payable()).isEqualTo(Money.cny("80.00"));
        assertThat(reservations.release(tenant, paid).getLeft()).isInstanceOf(PromotionRefusal.IllegalStatus.class);
    }

    @Test
    void per_customer_uses_count_per_member_and_anonymous_orders_do_not_count() {
        activeManjian(Map.of("usesPerCustomer", 1));
        assertThat(reserve("o-1", Optional.of(7L)).priced().payable()).isEqualTo(Money.cny("80.00"));
        ReservationResult again = reserve("o-2", Optional.of(7L));
        assertThat(again.priced().payable()).isEqualTo(Money.cny("100.00"));
        assertThat(again.priced().whyNot("mj").orElseThrow().reason()).isEqualTo(Reason.LIMIT_REACHED);
        assertThat(reserve("o-3", Optional.of(8L)).priced().payable()).isEqualTo(Money.cny("80.00"));
        assertThat(reserve("o-4", Optional.empty()).priced().payable()).isEqualTo(Money.cny("80.00"));
    }

    @Test
    void one_live_reservation_per_order_and_a_bad_ttl_is_refused() {
        activeManjian(Map.of("usesTotal", 5));
        assertThat(reserve("o-1", Duration.ofMinutes(1)).isRight()).isTrue();
        assertThat(reserve("o-1", Duration.ofMinutes(1)).getLeft()).isInstanceOf(PromotionRefusal.OrderHasReservation.class);
        assertThat(reservations.usage(tenant, "mj").get()).singleElement().satisfies(c -> assertThat(c.used()).isEqualTo(1));
        assertThat(reserve("o-2", Duration.ZERO).getLeft()).isEqualTo(new PromotionRefusal.InvalidField("ttlSeconds",
                "must be between 1 second and 1 day"));
    }

    private void activeManjian(Map<String, Object> limits) {
        schemes.create(tenant, "threshold_amount_off", Map.of("id", "mj", "params",
                Map.of("tiers", List.of(Map.of("threshold", "100.00", "amount", "20.00"))), "limits", limits)).get();
        for (String action : List.of("submit", "approve", "activate")) {
            schemes.act(tenant, "mj", action).get();
        }
    }

    /** The order placed now, by the clock the test moves (a ticket time off the server's clock is flagged, spec 3.9). */
    private PricingContext now() {
        return AT.withTime(LocalDateTime.ofInstant(clock.instant(), SHANGHAI));
    }

    @Test
    void a_ticket_time_off_the_servers_clock_by_more_than_the_tolerance_is_flagged_and_priced_at_the_servers_time() {
        activeManjian(Map.of("usesTotal", 10));
        LocalDateTime server = now().ticketTime().withNano(0);
        int n = 0;
        for (Duration off : List.of(Duration.ofMinutes(-6), Duration.ofMinutes(6), Duration.ofDays(-3))) {
            ReservationResult flagged = reservations.reserve(new ReserveCommand(tenant, "o-off-" + n++, Optional.empty(),
                    HUNDRED, now().withTime(server.plus(off)), Duration.ofMinutes(5), Optional.empty())).get();
            assertThat(flagged.ticketTime()).as("flagged").isPresent();
            assertThat(flagged.ticketTime().get().given()).isEqualTo(server.plus(off));
            assertThat(flagged.ticketTime().get().pricedAt()).isEqualTo(server);
            assertThat(flagged.priced().totalDue()).isEqualTo(Money.cny("80.00"));
        }
        assertThat(reservations.reserve(new ReserveCommand(tenant, "o-on-time", Optional.empty(), HUNDRED,
                now().withTime(server.minusMinutes(5)), Duration.ofMinutes(5), Optional.empty())).get().ticketTime())
                .as("five minutes behind is within the tolerance").isEmpty();
    }

    private io.vavr.control.Either<PromotionRefusal, ReservationResult> reserve(String order, Duration ttl) {
        return reservations.reserve(new ReserveCommand(tenant, order, Optional.empty(), HUNDRED, now(), ttl, Optional.empty()));
    }

    private ReservationResult reserve(String order, Optional<Long> member) {
        return reservations.reserve(new ReserveCommand(tenant, order, member, HUNDRED, now(), Duration.ofMinutes(5),
                Optional.empty())).get();
    }
}
