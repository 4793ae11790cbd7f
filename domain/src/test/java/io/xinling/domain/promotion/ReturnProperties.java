package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.returns.PriorReturn;
import io.xinling.domain.promotion.returns.RefundResult;
import io.xinling.domain.promotion.returns.ReturnCalculator;
import io.xinling.domain.promotion.returns.ReturnRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariant 6 of spec 3.17: returning every unit, in any split, refunds exactly what was paid and the redeemed points. */
class ReturnProperties {

    @Provide
    Arbitrary<Cart> carts() {
        return PromotionArbitraries.smallCarts();
    }

    @Provide
    Arbitrary<List<Scheme>> schemeSets() {
        return PromotionArbitraries.schemeSets();
    }

    @Provide
    Arbitrary<ReturnPolicy> policies() {
        return Arbitraries.of(ReturnPolicy.class);
    }

    @Property
    void returningEveryUnitInTwoStepsRefundsExactlyWhatWasPaid(@ForAll("carts") Cart cart,
                                                               @ForAll("schemeSets") List<Scheme> schemes,
                                                               @ForAll("policies") ReturnPolicy returnPolicy,
                                                               @ForAll @IntRange(max = 100) int firstPercent) {
        PromotionPolicy policy = new PromotionPolicy(PromotionPolicy.DEFAULT.selection(), PromotionPolicy.DEFAULT.thresholdBase(),
                PromotionPolicy.DEFAULT.unitSelection(), 0, false, returnPolicy, 1, 4, true);
        PricingContext ctx = PromotionArbitraries.context();
        PricingResult frozen = PromotionEngine.price(cart, ctx, schemes, policy);
        Set<Integer> gifts = frozen.gifts().stream().map(LineResult::lineNo).collect(Collectors.toSet());
        Map<Integer, Quantity> first = new HashMap<>();
        Map<Integer, Quantity> second = new HashMap<>();
        for (CartLine l : cart.lines()) {
            long q = l.quantity().value().longValueExact();
            long a = q * firstPercent / 100;
            if (a > 0) {
                first.put(l.lineNo(), Quantity.of(a));
            }
            if (q - a > 0) {
                second.put(l.lineNo(), Quantity.of(q - a));
            }
        }
        RefundResult r1 = first.isEmpty() ? null : refund(cart, ctx, schemes, policy, frozen, first, gifts, Map.of());
        Map<Integer, PriorReturn> prior = new HashMap<>();
        if (r1 != null) {
            r1.lines().forEach(l -> prior.put(l.lineNo(), new PriorReturn(l.quantity(), l.refund(), l.pointsRestored())));
        }
        RefundResult r2 = second.isEmpty() ? null : refund(cart, ctx, schemes, policy, frozen, second, gifts, prior);
        Money total = Money.cny(0);
        long points = 0;
        for (RefundResult r : new RefundResult[] {r1, r2}) {
            if (r != null) {
                total = total.plus(r.refund());
                points += r.pointsRestored();
            }
        }
        long linesPaid = frozen.lines().stream().filter(l -> !l.charge()).mapToLong(l -> l.payable().minor()).sum();
        Money expected = returnPolicy == ReturnPolicy.CLAW_BACK && schemes.stream().allMatch(s -> s.returnPolicy().isEmpty())
                ? frozen.payable() : Money.cny(linesPaid);
        assertThat(total).isEqualTo(expected);
        assertThat(points).isEqualTo(frozen.pointsRedeemed());
    }

    private static RefundResult refund(Cart cart, PricingContext ctx, List<Scheme> schemes, PromotionPolicy policy,
                                       PricingResult frozen, Map<Integer, Quantity> units, Set<Integer> gifts,
                                       Map<Integer, PriorReturn> prior) {
        return ReturnCalculator.refund(new ReturnRequest(cart, ctx, schemes, policy, frozen, units, gifts, prior))
                .getOrElseThrow(e -> new AssertionError(e.message()));
    }
}
