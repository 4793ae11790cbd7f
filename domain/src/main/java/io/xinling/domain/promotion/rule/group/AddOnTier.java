package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import java.util.Set;

/** One tier of 加价购: from {@code threshold}, up to {@code maxQty} units of {@code skus} at {@code price}. */
public record AddOnTier(long threshold, Set<String> skus, long price, long maxQty) {

    public AddOnTier {
        skus = Set.copyOf(skus);
        if (threshold < 0 || price < 0 || maxQty < 1 || skus.isEmpty()) {
            throw new IllegalArgumentException("bad add-on tier");
        }
    }
}
