package io.xinling.domain.promotion.returns;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.LineResult;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.rule.Allocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second, fair-value allocation for the books (spec 3.16, Examples 25 and 32): what the customer
 * paid for the goods is spread over every delivered line, gift lines included, by base (fair) value,
 * largest remainder in minor units. The payment allocation on the lines stays what refunds use.
 */
public final class RevenueAllocation {

    private RevenueAllocation() {
    }

    /** Revenue per line number, summing to the goods payable less any upward rounding charge. */
    public static Map<Integer, Money> of(PricingResult result) {
        List<LineResult> lines = result.lines().stream().filter(l -> !l.charge()).toList();
        long[] weights = lines.stream().mapToLong(l -> l.baseAmount().minor()).toArray();
        long paid = lines.stream().mapToLong(l -> l.payable().minor()).sum();
        long[] parts = Allocation.largestRemainder(paid, weights);
        Map<Integer, Money> out = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            out.put(lines.get(i).lineNo(), Money.of(parts[i], result.payable().currency()));
        }
        return out;
    }
}
