package io.xinling.application.promotion;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import io.xinling.application.promotion.port.PolicyRepository;
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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Returns against a priced order (spec 3.15). The order is given as it was priced: its cart, context and the scheme
 * versions it used (inline), with its coupon codes; pricing it again through the pure engine gives its frozen result
 * to the fen, and {@link ReturnCalculator} computes the refund per line, the gifts to hand back or withhold, the
 * points and the coupons to restore. With the order's reference, the coupons it redeemed are given back when the
 * whole order came back (if their type allows and they are still valid); a partial return never restores one.
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

    private final PolicyRepository policies;
    private final PresentedCoupons presented;
    private final CouponUseCases coupons;
    private final Transactor transactor;

    public PromotionReturnService(PolicyRepository policies, PresentedCoupons presented, CouponUseCases coupons,
                                  Transactor transactor) {
        this.policies = policies;
        this.presented = presented;
        this.coupons = coupons;
        this.transactor = transactor;
    }

    public Either<PromotionError, ReturnResult> refund(ReturnCommand c) {
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
                    c.giftsReturned(), c.prior())).map(refund -> new ReturnResult(refund, restore(c, refund)));
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
