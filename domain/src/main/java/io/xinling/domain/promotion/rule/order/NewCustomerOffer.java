package io.xinling.domain.promotion.rule.order;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/**
 * 2.27 新客/首单礼: for customers within the audience's previous-order limit (first order by default),
 * an order-level amount or pay rate from a threshold.
 */
public record NewCustomerOffer(long threshold, boolean payRate, long value) implements Rule {

    @Override public String type() { return "new_customer_offer"; }

    @Override public Stage stage() { return Stage.S3_ORDER_THRESHOLD; }

    @Override public String defaultGroup() { return "S3_NEW_CUSTOMER"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long base = in.thresholdBase();
        if (base < threshold) {
            return OrderBenefit.notMet(base, threshold - base);
        }
        return payRate ? OrderBenefit.payRate(in, value, Long.MAX_VALUE, "新客 pay " + value + "bp")
                : OrderBenefit.amount(in, value, 1, Amounts.yuan("新客减", value, ""));
    }
}
