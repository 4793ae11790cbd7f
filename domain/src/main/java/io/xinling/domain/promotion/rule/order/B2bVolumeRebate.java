package io.xinling.domain.promotion.rule.order;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

/**
 * 2.41 阶梯返利/累计订货折扣 (current-order form): when the dealer's accumulated period volume (passed in
 * the context) already reached a tier, its pay rate applies to this order. Period-end credit notes are
 * settled outside the engine.
 */
public record B2bVolumeRebate(Tiers tiers) implements Rule {

    @Override public String type() { return "b2b_volume_rebate"; }

    @Override public Stage stage() { return Stage.S3_ORDER_THRESHOLD; }

    @Override public String defaultGroup() { return "S3_REBATE"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long volume = in.context().periodVolume().map(Money::minor).orElse(0L);
        return tiers.reached(volume)
                .map(t -> OrderBenefit.payRate(in, t.value(), Long.MAX_VALUE, Amounts.yuan("period volume ≥", t.threshold(), "")))
                .orElseGet(() -> new RuleOutcome.Skip(Reason.THRESHOLD_NOT_MET, tiers.shortfall(volume),
                        Amounts.yuan("累计订货还差", tiers.shortfall(volume), "元"), java.util.List.of()));
    }
}
