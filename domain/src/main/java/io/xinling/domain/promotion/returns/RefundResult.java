package io.xinling.domain.promotion.returns;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.ReturnPolicy;

import java.util.List;

/**
 * The outcome of a return (spec 3.15): cash per line and in total (after any gift deduction), the policy
 * used, gifts the customer must hand back or whose value was withheld, redeemed points restored, earned
 * points taken back, and the coupon schemes to restore (only when the whole order came back; the
 * caller still checks the coupon type and validity).
 */
public record RefundResult(List<LineRefund> lines, Money refund, ReturnPolicy policy, List<Integer> giftsToReturn,
                           Money giftDeduction, long pointsRestored, long earnedPointsTakenBack,
                           List<String> couponsToRestore) {

    public RefundResult {
        lines = List.copyOf(lines);
        giftsToReturn = List.copyOf(giftsToReturn);
        couponsToRestore = List.copyOf(couponsToRestore);
    }
}
