package io.xinling.web.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.AppliedScheme;
import io.xinling.domain.promotion.FloorClamp;
import io.xinling.domain.promotion.LineResult;
import io.xinling.domain.promotion.NotApplied;
import io.xinling.domain.promotion.Offer;
import io.xinling.domain.promotion.PostOrderReward;
import io.xinling.domain.promotion.PricingResult;

import java.util.List;

/** The explained, priced cart. Money is a decimal string; every adjustment names scheme, version and stage. */
record PreviewResponse(Money baseAmount, Money discount, Money roundingCharge, Money payable, Money shippingFee,
                       Money shippingDiscount, Money totalDue, long pointsRedeemed, long pointsToEarn,
                       String groupSearch, List<LineResult> lines, List<AppliedScheme> applied,
                       List<NotApplied> notApplied, List<Offer> offers, List<PostOrderReward> postOrderRewards,
                       List<FloorClamp> floorClamps, List<String> messages) {

    static PreviewResponse of(PricingResult r) {
        return new PreviewResponse(r.baseAmount(), r.discount(), r.roundingCharge(), r.payable(), r.shippingFee(),
                r.shippingDiscount(), r.totalDue(), r.pointsRedeemed(), r.pointsToEarn(), r.groupSearch(), r.lines(),
                r.applied(), r.notApplied(), r.offers(), r.postOrderRewards(), r.floorClamps(), r.messages());
    }
}
