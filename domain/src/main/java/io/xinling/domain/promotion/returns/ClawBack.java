package io.xinling.domain.promotion.returns;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.rule.Allocation;

import java.util.ArrayList;
import java.util.List;

/** Spreads a claw-back refund over the returned lines in proportion to their kept-allocation refunds. */
final class ClawBack {

    private ClawBack() {
    }

    static List<LineRefund> spread(List<LineRefund> lines, long refund, PricingResult f) {
        long[] weights = lines.stream().mapToLong(l -> Math.max(1, l.refund().minor())).toArray();
        long[] parts = Allocation.largestRemainder(refund, weights);
        List<LineRefund> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            LineRefund l = lines.get(i);
            out.add(new LineRefund(l.lineNo(), l.sku(), l.quantity(), Money.of(parts[i], f.payable().currency()),
                    l.pointsRestored()));
        }
        return out;
    }
}
