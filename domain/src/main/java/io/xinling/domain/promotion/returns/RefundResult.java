package io.xinling.domain.promotion.returns;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.ReturnPolicy;

import java.util.List;

/**
 * The outcome of a return (spec 3.15): cash per line and in total (after any gift deduction), the policy
 * used, gifts the customer must hand back or whose value was withheld, redeemed points restored, earned
 * points taken back, and the coupon schemes to restore (only when the whole order came back; the
 * caller still checks the coupon type and validity). A gift withheld by an earlier return and handed back now has its
 * value paid back ({@code giftDeductionReleased}, in {@code refund}); {@code gifts} says per gift line what this
 * return did, for the caller to record.
 */
public record RefundResult(List<LineRefund> lines, Money refund, ReturnPolicy policy, List<Integer> giftsToReturn,
                           Money giftDeduction, long pointsRestored, long earnedPointsTakenBack,
                           List<String> couponsToRestore, Money giftDeductionReleased, List<GiftReturn> gifts) {

    public RefundResult {
        lines = List.copyOf(lines);
        giftsToReturn = List.copyOf(giftsToReturn);
        couponsToRestore = List.copyOf(couponsToRestore);
        gifts = List.copyOf(gifts);
    }
}
