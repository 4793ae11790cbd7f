package io.xinling.domain.promotion.rule.order;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/**
 * 2.28 支付立减 (stage S7): when the tender is one of the audience's tender methods and the payable is ≥ T,
 * an amount or pay rate off, allocated like any order-level benefit; re-priced whenever the tender changes.
 */
public record PaymentMethodOffer(long threshold, boolean payRate, long value) implements Rule {

    @Override public String type() { return "payment_method_offer"; }

    @Override public Stage stage() { return Stage.S7_TENDER_OFFER; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long base = in.payable();
        if (base < threshold) {
            return OrderBenefit.notMet(base, threshold - base);
        }
        return payRate ? OrderBenefit.payRate(in, value, Long.MAX_VALUE, "支付 pay " + value + "bp")
                : OrderBenefit.amount(in, value, 1, Amounts.yuan("支付立减", value, ""));
    }
}
