package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import java.util.Set;

/** One slot of a bundle: {@code qty} units from any of {@code skus}. Slots of one bundle are disjoint. */
public record BundleSlot(Set<String> skus, long qty) {

    public BundleSlot {
        skus = Set.copyOf(skus);
        if (skus.isEmpty() || qty < 1) {
            throw new IllegalArgumentException("a slot needs SKUs and a positive quantity");
        }
    }
}
