package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.rule.FrozenList;

import java.util.List;
import java.util.Optional;

/**
 * The priced cart, frozen with the order. {@code payable} is the goods payable (Σ line payables plus an
 * upward 抹零 charge); {@code totalDue} adds shipping after its discount. {@code groupSearch} says how
 * the overlapping item groups were chosen ({@code NONE}, {@code EXHAUSTIVE} or {@code GREEDY}).
 */
public record PricingResult(List<LineResult> lines, List<AppliedScheme> applied, List<NotApplied> notApplied,
                            List<Offer> offers, List<PostOrderReward> postOrderRewards, List<FloorClamp> floorClamps,
                            Money baseAmount, Money discount, Money roundingCharge, Money payable, Money shippingFee,
                            Money shippingDiscount, long pointsRedeemed, long pointsToEarn, String groupSearch,
                            List<String> messages) {

    public PricingResult {
        // the engine hands over lists it froze as it built them (kept as they are); any other list is copied
        lines = FrozenList.copyOf(lines);
        applied = FrozenList.copyOf(applied);
        notApplied = FrozenList.copyOf(notApplied);
        offers = FrozenList.copyOf(offers);
        postOrderRewards = FrozenList.copyOf(postOrderRewards);
        floorClamps = FrozenList.copyOf(floorClamps);
        messages = FrozenList.copyOf(messages);
    }

    /** This result with {@code more} schemes that did not apply (coupon codes refused before pricing) at the end. */
    public PricingResult withNotApplied(List<NotApplied> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<NotApplied> all = new java.util.ArrayList<>(notApplied);
        all.addAll(more);
        return new PricingResult(lines, applied, all, offers, postOrderRewards, floorClamps, baseAmount, discount,
                roundingCharge, payable, shippingFee, shippingDiscount, pointsRedeemed, pointsToEarn, groupSearch, messages);
    }

    public Money totalDue() {
        return payable.plus(shippingFee).minus(shippingDiscount);
    }

    public Optional<LineResult> line(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst();
    }

    public LineResult lineOf(String sku) {
        return lines.stream().filter(l -> l.sku().equals(sku) && !l.gift()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line for " + sku));
    }

    public List<LineResult> gifts() {
        return lines.stream().filter(LineResult::gift).toList();
    }

    public Optional<NotApplied> whyNot(String schemeId) {
        return notApplied.stream().filter(n -> n.schemeId().equals(schemeId)).findFirst();
    }

    public Optional<AppliedScheme> appliedScheme(String schemeId) {
        return applied.stream().filter(a -> a.schemeId().equals(schemeId)).findFirst();
    }
}
