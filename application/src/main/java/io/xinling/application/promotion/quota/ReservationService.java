package io.xinling.application.promotion.quota;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import io.xinling.application.promotion.PreviewPromotionsUseCase;
import io.xinling.application.promotion.PreviewPromotionsUseCase.PreviewCommand;
import io.xinling.application.promotion.PromotionRefusal;
import io.xinling.application.promotion.StoredScheme;
import io.xinling.application.promotion.campaign.Campaign;
import io.xinling.application.promotion.port.CampaignRepository;
import io.xinling.application.promotion.port.ReservationRepository;
import io.xinling.application.promotion.port.SchemeRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.coupon.CouponError;
import io.xinling.domain.promotion.coupon.CouponRedemption;
import io.xinling.domain.promotion.SchemeUsage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Limits, budgets and gift stock reserved in the database (spec 3.11). Reserving prices the order with
 * what is left, then takes every counted resource in one transaction, each by a conditional update that
 * refuses to pass its limit, so the order gets all of them or none. A reservation lives for its TTL:
 * payment confirms it, cancellation releases it, and one that ran out is expired — lazily, before every
 * reservation, confirmation and counter view — which gives its resources back. The usage a preview reads
 * ({@link #usageLeft}) writes nothing: it counts a reservation that ran out as given back by its time.
 */
public final class ReservationService {

    static final Duration MAX_TTL = Duration.ofDays(1);
    private static final int SWEEP_BATCH = 200;

    private final Transactor transactor;
    private final ReservationRepository reservations;
    private final SchemeRepository schemes;
    private final CampaignRepository campaigns;
    private final PreviewPromotionsUseCase pricing;
    private final OrderCoupons coupons;
    private final ActiveQuotas quotas;
    private final TicketTime ticketTime;
    private final Clock clock;

    public ReservationService(Transactor transactor, ReservationRepository reservations, SchemeRepository schemes,
                              CampaignRepository campaigns, PreviewPromotionsUseCase pricing, TicketTime ticketTime,
                              Clock clock) {
        this(transactor, reservations, schemes, campaigns, pricing, OrderCoupons.NONE, new StoredQuotas(schemes), ticketTime,
                clock);
    }

    /**
     * With the issued coupons an order applies locked with its reservation, redeemed on payment, freed on cancel, and
     * the active schemes' limits read from {@code quotas} (a cache keyed by the active versions); an order whose ticket
     * time is off {@code clock} by more than {@code ticketTime}'s tolerance is priced at the server's time, and flagged
     * (spec 3.9).
     */
    public ReservationService(Transactor transactor, ReservationRepository reservations, SchemeRepository schemes,
                              CampaignRepository campaigns, PreviewPromotionsUseCase pricing, OrderCoupons coupons,
                              ActiveQuotas quotas, TicketTime ticketTime, Clock clock) {
        this.transactor = transactor;
        this.reservations = reservations;
        this.schemes = schemes;
        this.campaigns = campaigns;
        this.pricing = pricing;
        this.coupons = coupons;
        this.quotas = quotas;
        this.ticketTime = ticketTime;
        this.clock = clock;
    }

    public Either<PromotionRefusal, ReservationResult> reserve(ReserveCommand c) {
        if (c.orderRef() == null || c.orderRef().isBlank() || c.orderRef().length() > 100) {
            return invalid("orderRef", "must have 1 to 100 characters");
        }
        if (c.ttl().isNegative() || c.ttl().isZero() || c.ttl().compareTo(MAX_TTL) > 0) {
            return invalid("ttlSeconds", "must be between 1 second and 1 day");
        }
        Optional<TicketTime.Flag> flag = ticketTime.check(c.context().ticketTime(), clock.instant());
        return reserveAt(flag.map(f -> new ReserveCommand(c.tenant(), c.orderRef(), c.member(), c.cart(),
                c.context().withTime(f.pricedAt()), c.ttl(), c.expectedTotalDue(), c.pricedOrder())).orElse(c), flag);
    }

    private Either<PromotionRefusal, ReservationResult> reserveAt(ReserveCommand c, Optional<TicketTime.Flag> flag) {
        sweep(c.tenant());
        LocalDate day = c.context().ticketTime().toLocalDate();
        Reading reading = read(c.tenant(), c.member(), day, reservations::used);
        var command = new PreviewCommand(c.tenant(), c.cart(), c.context().withUsage(reading.left()), Optional.empty(),
                Optional.empty(), c.member(), Optional.of(c.orderRef().strip()));
        return pricing.preview(command).<PromotionRefusal>mapLeft(PromotionRefusal.Pricing::new)
                .flatMap(ReservationService::checkCoupons)
                .flatMap(priced -> checkPrice(c, priced))
                .flatMap(priced -> hold(c, priced, Quotas.claims(priced, reading.quotas(), reading.budgeted(), c.member(), day),
                        flag));
    }

    /**
     * What is left of every limited scheme and budgeted campaign for {@code member} (if known) on {@code day}: the same
     * reading a reservation prices with, so a preview prices as the next reservation would (spec 3.17 (7)). It writes
     * nothing and takes no lock: held reservations that ran out count as given back by time, before any sweep, and the
     * limits come from the cache of the active schemes.
     */
    public Map<String, SchemeUsage> usageLeft(TenantId tenant, Optional<Long> member, LocalDate day) {
        Instant now = clock.instant();
        return read(tenant, member, day, (t, keys) -> reservations.usedAsOf(t, keys, now)).left();
    }

    /** The limits of the active schemes, the budgeted campaigns by scheme id, and what is left of them. */
    private record Reading(Map<String, SchemeQuota> quotas, Map<String, Campaign> budgeted, Map<String, SchemeUsage> left) {
    }

    private Reading read(TenantId tenant, Optional<Long> member, LocalDate day,
                         BiFunction<TenantId, List<CounterKey>, Map<CounterKey, Long>> usedOf) {
        Map<String, SchemeQuota> limited = quotas.activeQuotas(tenant);
        Map<String, Campaign> budgeted = budgetedCampaigns(tenant);
        Map<CounterKey, Long> used = usedOf.apply(tenant, Quotas.keys(limited, budgeted, member, day));
        return new Reading(limited, budgeted, Quotas.left(limited, budgeted, used, member, day));
    }

    /**
     * A coupon of the order that another unpaid order holds refuses the reservation (409), whether that order locked
     * it before this one was priced or while it was: of concurrent orders with one code exactly one gets it.
     */
    private static Either<PromotionRefusal, PricingResult> checkCoupons(PricingResult priced) {
        return priced.notApplied().stream().filter(n -> n.reason() == Reason.COUPON_LOCKED).findFirst()
                .<Either<PromotionRefusal, PricingResult>>map(n -> Either.left(new PromotionRefusal.CouponRefused(
                        new CouponError.LockedByAnotherOrder(CouponRedemption.codeOf(n.schemeId()).orElse(n.schemeId())))))
                .orElseGet(() -> Either.right(priced));
    }

    private static Either<PromotionRefusal, PricingResult> checkPrice(ReserveCommand c, PricingResult priced) {
        return c.expectedTotalDue().filter(expected -> !expected.equals(priced.totalDue()))
                .<Either<PromotionRefusal, PricingResult>>map(expected -> Either.left(
                        new PromotionRefusal.PriceChanged(expected.format(), priced.totalDue().format())))
                .orElseGet(() -> Either.right(priced));
    }

    private Either<PromotionRefusal, ReservationResult> hold(ReserveCommand c, PricingResult priced, List<Claim> claims,
                                                             Optional<TicketTime.Flag> flag) {
        Instant now = clock.instant();
        Map<CounterKey, Long> held = new TreeMap<>();
        claims.forEach(claim -> held.merge(claim.key(), claim.amount(), Long::sum));
        List<Reservation.UsedScheme> used = priced.applied().stream()
                .map(a -> new Reservation.UsedScheme(a.schemeId(), a.version(), a.benefit())).toList();
        Reservation draft = new Reservation(0, c.orderRef().strip(), c.member(), Reservation.Status.HELD,
                priced.totalDue(), now.plus(c.ttl()), now, now, held, used);
        return transactor.inTransaction(() -> reservations.insert(c.tenant(), draft, c.pricedOrder())
                .<Either<PromotionRefusal, Reservation>>map(Either::right)
                .orElseGet(() -> Either.left(new PromotionRefusal.OrderHasReservation(draft.orderRef())))
                .flatMap(saved -> takeAll(c.tenant(), claims)
                        .flatMap(ok -> coupons.lock(c.tenant(), saved, priced, c.ttl()))
                        .map(ok -> new ReservationResult(saved, priced, flag))));
    }

    /** Every claim or none: the first one past its limit refuses, and the transaction rolls back. */
    private Either<PromotionRefusal, Boolean> takeAll(TenantId tenant, List<Claim> claims) {
        for (Claim claim : claims) {
            if (!reservations.claim(tenant, claim)) {
                return Either.left(new PromotionRefusal.QuotaConflict(claim.key().schemeId(),
                        claim.key().resource().wireName(), claim.amount()));
            }
        }
        return Either.right(true);
    }

    /** Payment: a held reservation that has not run out becomes confirmed; its resources stay taken. */
    public Either<PromotionRefusal, Reservation> confirm(TenantId tenant, long id) {
        sweep(tenant);
        Instant now = clock.instant();
        return transactor.inTransaction(() -> locked(tenant, id).flatMap(r -> {
            if (r.status() != Reservation.Status.HELD || r.isDue(now)) {
                String status = r.isDue(now) ? "expired" : r.status().name().toLowerCase(java.util.Locale.ROOT);
                return Either.left(new PromotionRefusal.IllegalStatus("reservation", Long.toString(id), status, "confirm"));
            }
            reservations.setStatus(tenant, id, Reservation.Status.CONFIRMED, now);
            return coupons.redeem(tenant, r).map(ok -> r.withStatus(Reservation.Status.CONFIRMED, now));
        }));
    }

    /**
     * Cancellation of the order, paid or not: every resource it held is given back, and so are its coupons (a paid
     * order's only when their type allows and they are still valid, spec 3.12).
     */
    public Either<PromotionRefusal, Reservation> release(TenantId tenant, long id) {
        Instant now = clock.instant();
        return transactor.inTransaction(() -> locked(tenant, id).flatMap(r -> {
            if (r.status() != Reservation.Status.HELD && r.status() != Reservation.Status.CONFIRMED) {
                return Either.left(new PromotionRefusal.IllegalStatus("reservation", Long.toString(id),
                        r.status().name().toLowerCase(java.util.Locale.ROOT), "release"));
            }
            r.held().forEach((key, amount) -> reservations.unclaim(tenant, key, amount));
            coupons.release(tenant, r);
            reservations.setStatus(tenant, id, Reservation.Status.RELEASED, now);
            return Either.right(r.withStatus(Reservation.Status.RELEASED, now));
        }));
    }

    public Either<PromotionRefusal, Reservation> find(TenantId tenant, long id) {
        sweep(tenant);
        return reservations.find(tenant, id).<Either<PromotionRefusal, Reservation>>map(Either::right)
                .orElseGet(() -> Either.left(new PromotionRefusal.NotFound("reservation", Long.toString(id))));
    }

    /**
     * Expires the held reservations whose time ran out and gives their resources back, in its own
     * transaction; reservations another transaction is expiring are skipped, not waited for.
     */
    public int sweep(TenantId tenant) {
        Instant now = clock.instant();
        return transactor.<PromotionRefusal, Integer>inTransaction(() -> {
            List<Reservation> due = reservations.lockDue(tenant, now, SWEEP_BATCH);
            Map<CounterKey, Long> back = new TreeMap<>();
            due.forEach(r -> r.held().forEach((key, amount) -> back.merge(key, amount, Long::sum)));
            back.forEach((key, amount) -> reservations.unclaim(tenant, key, amount));
            due.forEach(r -> reservations.setStatus(tenant, r.id(), Reservation.Status.EXPIRED, now));
            return Either.right(due.size());
        }).get();
    }

    /**
     * The scheme-wide counters of a scheme (with its public coupon code's, for the code of its latest version): limit,
     * taken (held + confirmed) and left, after a sweep.
     */
    public Either<PromotionRefusal, List<CounterView>> usage(TenantId tenant, String schemeId) {
        sweep(tenant);
        Optional<StoredScheme> latest = schemes.latest(tenant, schemeId);
        if (latest.isEmpty()) {
            return Either.left(new PromotionRefusal.NotFound("scheme", schemeId));
        }
        SchemeQuota quota = SchemeQuota.parse(latest.get().definition()).getOrElse(SchemeQuota.NONE);
        List<CounterKey> keys = quota.limits().keySet().stream()
                .filter(r -> r.subject() == Resource.Subject.SCHEME || r.subject() == Resource.Subject.CODE)
                .map(r -> CounterKey.of(schemeId, r, 0, null, quota.code())).sorted().toList();
        Map<CounterKey, Long> used = reservations.used(tenant, keys);
        return Either.right(keys.stream().map(k -> new CounterView(k.resource().wireName(), quota.limit(k.resource()),
                used.getOrDefault(k, 0L))).toList());
    }

    /** One counter for display. */
    public record CounterView(String resource, long limit, long used) {
        public long left() {
            return Math.max(0, limit - used);
        }
    }

    /** The campaigns with a budget, by the id of each of their schemes. */
    private Map<String, Campaign> budgetedCampaigns(TenantId tenant) {
        Map<String, Campaign> out = new HashMap<>();
        for (Campaign c : campaigns.withBudgets(tenant)) {
            c.schemeIds().forEach(id -> out.put(id, c));
        }
        return out;
    }

    /** The counters of a campaign's budgets: limit, taken (held + confirmed) and left, after a sweep. */
    public Either<PromotionRefusal, List<CounterView>> campaignUsage(TenantId tenant, String campaignId) {
        sweep(tenant);
        Optional<Campaign> campaign = campaigns.find(tenant, campaignId);
        if (campaign.isEmpty()) {
            return Either.left(new PromotionRefusal.NotFound("campaign", campaignId));
        }
        Campaign c = campaign.get();
        Map<Resource, Long> limits = new EnumMap<>(Resource.class);
        c.budgetMinor().ifPresent(b -> limits.put(Resource.BUDGET, b));
        c.budgetOrders().ifPresent(b -> limits.put(Resource.USES_TOTAL, b));
        List<CounterKey> keys = limits.keySet().stream().map(r -> CounterKey.campaign(campaignId, r)).sorted().toList();
        Map<CounterKey, Long> used = reservations.used(tenant, keys);
        return Either.right(keys.stream().map(k -> new CounterView(k.resource() == Resource.BUDGET ? "budget" : "orders",
                limits.get(k.resource()), used.getOrDefault(k, 0L))).toList());
    }

    private Either<PromotionRefusal, Reservation> locked(TenantId tenant, long id) {
        return reservations.lock(tenant, id).<Either<PromotionRefusal, Reservation>>map(Either::right)
                .orElseGet(() -> Either.left(new PromotionRefusal.NotFound("reservation", Long.toString(id))));
    }

    private static <T> Either<PromotionRefusal, T> invalid(String field, String problem) {
        return Either.left(new PromotionRefusal.InvalidField(field, problem));
    }
}
