package io.xinling.application.promotion;

import io.vavr.control.Either;
import io.xinling.application.promotion.port.ActiveSchemes;
import io.xinling.application.promotion.port.PolicyRepository;
import io.xinling.application.promotion.port.PriceChanges;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionEngine;
import io.xinling.domain.promotion.PromotionError;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.engine.SchemeIndex;
import io.xinling.domain.promotion.scheme.SchemeFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prices a cart through the pure engine; inline schemes are parsed and checked like saved ones. The coupon codes of
 * the cart that name issued coupons add their types' schemes (spec 3.12); the others are refused with a reason.
 */
public final class PromotionPreviewService implements PreviewPromotionsUseCase {

    public static final int MAX_INLINE_SCHEMES = 1_000;

    private final ActiveSchemes active;
    private final PolicyRepository policies;
    private final PriceChanges priceChanges;
    private final PresentedCoupons coupons;

    public PromotionPreviewService(ActiveSchemes active, PolicyRepository policies) {
        this(active, policies, PriceChanges.NONE);
    }

    /** With the approved promotional price changes (促销调价) in force at the ticket time as S0 base prices. */
    public PromotionPreviewService(ActiveSchemes active, PolicyRepository policies, PriceChanges priceChanges) {
        this(active, policies, priceChanges, PresentedCoupons.NONE);
    }

    /** With the issued coupons (礼券) the cart's codes name priced as schemes of their types in stage S4. */
    public PromotionPreviewService(ActiveSchemes active, PolicyRepository policies, PriceChanges priceChanges,
                                   PresentedCoupons coupons) {
        this.active = active;
        this.policies = policies;
        this.priceChanges = priceChanges;
        this.coupons = coupons;
    }

    @Override
    public Either<PromotionError, PricingResult> preview(PreviewCommand command) {
        List<Scheme> basePrices = priceChanges.effectiveAt(command.tenant(), command.context().ticketTime());
        PromotionPolicy policy = command.policy()
                .orElseGet(() -> policies.find(command.tenant()).orElse(PromotionPolicy.DEFAULT));
        if (command.inlineSchemes().isPresent()) {
            return parse(command.inlineSchemes().get()).map(list -> withAll(list, basePrices))
                    .map(list -> price(command, list, PromotionEngine.index(list), policy));
        }
        if (command.context().couponCodes().isEmpty()) {
            SchemeIndex index = basePrices.isEmpty() ? active.activeIndex(command.tenant())
                    : PromotionEngine.index(withAll(active.activeSchemes(command.tenant()), basePrices));
            return Either.right(PromotionEngine.price(command.cart(), command.context(), index, policy));
        }
        List<Scheme> schemes = withAll(active.activeSchemes(command.tenant()), basePrices);
        SchemeIndex index = basePrices.isEmpty() ? active.activeIndex(command.tenant()) : PromotionEngine.index(schemes);
        return Either.right(price(command, schemes, index, policy));
    }

    /**
     * Prices with {@code index} (of {@code schemes}) when the cart presents no issued coupon, else with the schemes of
     * its usable coupons added to the ones the cart's lines can reach (which price it exactly as the whole set does),
     * so a till's ticket with a coupon does not index every active scheme again; every refused code is reported with
     * its reason.
     */
    private PricingResult price(PreviewCommand command, List<Scheme> schemes, SchemeIndex index, PromotionPolicy policy) {
        Set<String> schemeCodes = new HashSet<>();
        schemes.forEach(s -> s.audience().couponCode().ifPresent(schemeCodes::add));
        PresentedCoupons.Resolved presented = command.context().couponCodes().isEmpty() ? PresentedCoupons.Resolved.NONE
                : coupons.resolve(command.tenant(), command.context(), schemeCodes, command.member(), command.orderRef());
        if (presented.isEmpty()) {
            return PromotionEngine.price(command.cart(), command.context(), index, policy);
        }
        Set<String> codes = new HashSet<>(command.context().couponCodes());
        codes.addAll(presented.codes());
        PricingResult priced = PromotionEngine.price(command.cart(), command.context().withCoupons(codes),
                PromotionEngine.index(withAll(index.candidates(command.cart().lines()), presented.schemes())), policy);
        return priced.withNotApplied(presented.refused());
    }

    private static List<Scheme> withAll(List<Scheme> schemes, List<Scheme> more) {
        if (more.isEmpty()) {
            return schemes;
        }
        List<Scheme> all = new ArrayList<>(schemes);
        all.addAll(more);
        return all;
    }

    static Either<PromotionError, List<Scheme>> parse(List<InlineScheme> inline) {
        if (inline.size() > MAX_INLINE_SCHEMES) {
            return Either.left(new PromotionError.InvalidScheme("schemes", "at most " + MAX_INLINE_SCHEMES + " schemes"));
        }
        List<Scheme> out = new ArrayList<>(inline.size());
        for (int i = 0; i < inline.size(); i++) {
            InlineScheme s = inline.get(i);
            Map<String, Object> definition = new HashMap<>(s.definition());
            definition.putIfAbsent("id", "inline-" + (i + 1));
            Either<PromotionError, Scheme> parsed = SchemeFactory.create(s.type(), definition);
            if (parsed.isLeft()) {
                return Either.left(prefixed(i, parsed.getLeft()));
            }
            for (int j = 0; j < out.size(); j++) {
                if (out.get(j).id().equals(parsed.get().id())) {
                    return Either.left(new PromotionError.InvalidScheme("schemes[" + i + "].id",
                            "'" + parsed.get().id() + "' is the id of schemes[" + j + "] too; ids must be unique"));
                }
            }
            out.add(parsed.get());
        }
        return Either.right(out);
    }

    private static PromotionError prefixed(int index, PromotionError error) {
        if (error instanceof PromotionError.InvalidScheme invalid) {
            return new PromotionError.InvalidScheme("schemes[" + index + "]." + invalid.field(), SchemeService.problemOf(invalid));
        }
        return error;
    }
}
