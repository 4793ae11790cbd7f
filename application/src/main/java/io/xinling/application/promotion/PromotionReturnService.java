package io.xinling.application.promotion;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import io.xinling.application.promotion.port.OrderReturnRepository;
import io.xinling.application.promotion.port.PolicyRepository;
import io.xinling.application.promotion.port.ReservationRepository;
import io.xinling.application.promotion.port.SchemeRepository;
import io.xinling.application.promotion.quota.Reservation;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionEngine;
import io.xinling.domain.promotion.PromotionError;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.coupon.CouponRedemption;
import io.xinling.domain.promotion.returns.PriorReturn;
import io.xinling.domain.promotion.returns.RefundResult;
import io.xinling.domain.promotion.returns.ReturnCalculator;
import io.xinling.domain.promotion.returns.ReturnRequest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Returns against a priced order (spec 3.15). The order is given as it was priced: its cart, context and the scheme
 * versions it used (inline), with its coupon codes; pricing it again through the pure engine gives its frozen result
 * to the fen, and {@link ReturnCalculator} computes the refund per line, the gifts to hand back or withhold, the
 * points and the coupons to restore. Every return is recorded against its order (a paid reservation, or else the order
 * reference), so a later one refunds only what is left; the coupons an order redeemed are given back when the whole
 * order came back (if their type allows and they are still valid); a partial return never restores one.
 */
public final class PromotionReturnService {

    /** The order as priced, what comes back now, and what earlier returns took, per line number. */
    public record ReturnCommand(TenantId tenant, Cart cart, PricingContext context,
                                List<PreviewPromotionsUseCase.InlineScheme> schemes, Optional<Long> member,
                                Optional<String> orderRef, Map<Integer, Quantity> returning, Set<Integer> giftsReturned,
                                Map<Integer, PriorReturn> prior) {
    }

    /** The refund and the coupon codes that are usable again. */
    public record ReturnResult(RefundResult refund, List<String> couponsRestored) {
    }

    /** What comes back now of a paid (confirmed) reservation's order, per line number, and the gifts handed back. */
    public record StoredReturnCommand(TenantId tenant, long reservationId, Map<Integer, Quantity> returning,
                                      Set<Integer> giftsReturned) {
    }

    /** The cart and context of an order as a reservation kept it (the adapter's own text, read back by the adapter). */
    public record PricedOrder(Cart cart, PricingContext context) {
    }

    /** Reads back the order text a reservation kept. */
    public interface OrderReader {
        Either<PromotionError, PricedOrder> read(String pricedOrder);
    }

    private final PolicyRepository policies;
    private final PresentedCoupons presented;
    private final CouponUseCases coupons;
    private final Transactor transactor;
    private final ReservationRepository reservations;
    private final SchemeRepository schemes;
    private final OrderReturnRepository orderReturns;
    private final Clock clock;

    public PromotionReturnService(PolicyRepository policies, PresentedCoupons presented, CouponUseCases coupons,
                                  Transactor transactor, ReservationRepository reservations, SchemeRepository schemes,
                                  OrderReturnRepository orderReturns, Clock clock) {
        this.policies = policies;
        this.presented = presented;
        this.coupons = coupons;
        this.transactor = transactor;
        this.reservations = reservations;
        this.schemes = schemes;
        this.orderReturns = orderReturns;
        this.clock = clock;
    }

    /**
     * A return against a paid order the service priced and kept (spec 3.15): the reservation's own order, the scheme
     * versions it used and what its earlier returns took, under the reservation's row lock, so two returns of one
     * order never refund the same units twice. The return is recorded with the refund, and the order's coupons come
     * back when the whole order has (if their type allows).
     */
    public Either<PromotionRefusal, ReturnResult> refundStored(StoredReturnCommand c, OrderReader reader) {
        return transactor.inTransaction(() -> reservations.lock(c.tenant(), c.reservationId())
                .<Either<PromotionRefusal, Reservation>>map(Either::right)
                .orElseGet(() -> Either.left(new PromotionRefusal.NotFound("reservation", "" + c.reservationId())))
                .filterOrElse(r -> r.status() == Reservation.Status.CONFIRMED, r -> new PromotionRefusal.IllegalStatus(
                        "reservation", "" + r.id(), r.status().name().toLowerCase(Locale.ROOT), "take a return"))
                .flatMap(r -> reservations.pricedOrder(c.tenant(), r.id())
                        .<Either<PromotionRefusal, String>>map(Either::right)
                        .orElseGet(() -> Either.left(new PromotionRefusal.Conflict("reservation", "" + r.id(),
                                "was made before orders were kept; send the order with POST /promotions/returns")))
                        .flatMap(text -> refundKept(c.tenant(), r, text, c.returning(), c.giftsReturned(), reader))));
    }

    /** A return against a locked, paid reservation's kept order and its recorded returns; the return is recorded. */
    private Either<PromotionRefusal, ReturnResult> refundKept(TenantId tenant, Reservation r, String kept,
                                                              Map<Integer, Quantity> returning, Set<Integer> gifts,
                                                              OrderReader reader) {
        return reader.read(kept).<PromotionRefusal>mapLeft(PromotionRefusal.Pricing::new)
                .flatMap(order -> refund(new ReturnCommand(tenant, order.cart(), order.context(),
                        versions(tenant, r), r.member(), Optional.of(r.orderRef()), returning,
                        gifts, reservations.returned(tenant, r.id(), r.totalDue().currency())), true)
                        .<PromotionRefusal>mapLeft(PromotionRefusal.Pricing::new))
                .peek(done -> reservations.addReturn(tenant, r.id(), done.refund(), clock.instant()));
    }

    /** The scheme versions the order used, but its issued coupons, which the order's codes name again. */
    private List<PreviewPromotionsUseCase.InlineScheme> versions(TenantId tenant, Reservation r) {
        List<PreviewPromotionsUseCase.InlineScheme> out = new ArrayList<>();
        for (Reservation.UsedScheme used : r.schemes()) {
            if (CouponRedemption.codeOf(used.schemeId()).isEmpty()) {
                schemes.version(tenant, used.schemeId(), used.version()).ifPresent(s -> {
                    Map<String, Object> definition = new HashMap<>(s.definition());
                    definition.put("id", s.schemeId());
                    definition.put("version", s.version());
                    out.add(new PreviewPromotionsUseCase.InlineScheme(s.type(), definition));
                });
            }
        }
        return out;
    }

    /**
     * A return against an order the client sends as it was priced ({@code sentOrder}: the adapter's canonical text of it),
     * always recorded against its {@code orderRef} (required) so that no unit is refunded twice; the client's
     * {@code prior} never counts. When the reference names a paid reservation that kept its order, the return is taken
     * against that order, its scheme versions and the returns recorded against it, exactly as
     * {@link #refundStored} does (its coupons come back when the whole order has). Otherwise the first return of the
     * reference records the order as sent, every later one must send the same order, and each refunds what is left
     * after the returns recorded before it; no coupon is restored without a paid reservation's order.
     */
    public Either<PromotionRefusal, ReturnResult> refund(ReturnCommand c, String sentOrder, OrderReader reader) {
        if (c.orderRef().isEmpty()) {
            return Either.left(new PromotionRefusal.Pricing(new PromotionError.InvalidReturn("orderRef",
                    "is required: a return is recorded against its order, so that no unit is refunded twice")));
        }
        String ref = c.orderRef().get();
        return transactor.inTransaction(() -> {
            Optional<Reservation> paid = reservations.lockConfirmed(c.tenant(), ref);
            Optional<String> kept = paid.flatMap(r -> reservations.pricedOrder(c.tenant(), r.id()));
            if (kept.isPresent()) {
                return refundKept(c.tenant(), paid.get(), kept.get(), c.returning(), c.giftsReturned(), reader);
            }
            String recorded = orderReturns.lockOrRecord(c.tenant(), ref, sentOrder, clock.instant());
            if (!recorded.equals(sentOrder)) {
                return Either.left(new PromotionRefusal.Pricing(new PromotionError.InvalidReturn("order",
                        "differs from the order the first return of orderRef " + ref + " was taken against")));
            }
            Currency currency = c.cart().lines().isEmpty() ? Money.CNY
                    : c.cart().lines().get(0).unitPrice().currency();
            ReturnCommand asRecorded = new ReturnCommand(c.tenant(), c.cart(), c.context(), c.schemes(), c.member(),
                    c.orderRef(), c.returning(), c.giftsReturned(), orderReturns.returned(c.tenant(), ref, currency));
            return refund(asRecorded, false).<PromotionRefusal>mapLeft(PromotionRefusal.Pricing::new)
                    .peek(done -> orderReturns.addReturn(c.tenant(), ref, done.refund(), clock.instant()));
        });
    }

    /**
     * Prices the order again and refunds the return; {@code whole} says whether the order came back whole as the server
     * recorded it, which alone decides the coupons to restore (the calculator's view rests on the lines and prior sent).
     */
    private Either<PromotionError, ReturnResult> refund(ReturnCommand c, boolean whole) {
        return priced(c).map(refund -> {
            RefundResult decided = whole ? refund : new RefundResult(refund.lines(), refund.refund(), refund.policy(),
                    refund.giftsToReturn(), refund.giftDeduction(), refund.pointsRestored(), refund.earnedPointsTakenBack(),
                    List.of(), refund.giftDeductionReleased(), refund.gifts());
            return new ReturnResult(decided, restore(c, decided));
        });
    }

    /** The refund the calculator computes for the order as the command gives it. */
    private Either<PromotionError, RefundResult> priced(ReturnCommand c) {
        return PromotionPreviewService.parse(c.schemes()).flatMap(inline -> {
            Set<String> schemeCodes = new HashSet<>();
            inline.forEach(s -> s.audience().couponCode().ifPresent(schemeCodes::add));
            PresentedCoupons.Resolved used = presented.resolve(c.tenant(), c.context(), schemeCodes, c.member(), c.orderRef());
            List<Scheme> all = new ArrayList<>(inline);
            all.addAll(used.schemes());
            Set<String> codes = new HashSet<>(c.context().couponCodes());
            codes.addAll(used.codes());
            PricingContext context = c.context().withCoupons(codes);
            PromotionPolicy policy = policies.find(c.tenant()).orElse(PromotionPolicy.DEFAULT);
            PricingResult frozen = PromotionEngine.price(c.cart(), context, PromotionEngine.index(all), policy);
            return ReturnCalculator.refund(new ReturnRequest(c.cart(), context, all, policy, frozen, c.returning(),
                    c.giftsReturned(), c.prior()));
        });
    }

    /** Gives back the order's coupons the refund restores; one that cannot come back (type, validity) stays used. */
    private List<String> restore(ReturnCommand c, RefundResult refund) {
        if (c.orderRef().isEmpty()) {
            return List.of();
        }
        List<String> restored = new ArrayList<>();
        for (String schemeId : refund.couponsToRestore()) {
            CouponRedemption.codeOf(schemeId).ifPresent(code -> transactor.inTransaction(() -> coupons.giveBack(
                    new CouponCommands.OrderAction(c.tenant(), code, c.orderRef().get()))).peek(x -> restored.add(code)));
        }
        return List.copyOf(restored);
    }
}
