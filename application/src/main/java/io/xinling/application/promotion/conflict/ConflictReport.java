package io.xinling.application.promotion.conflict;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.PricingResult;

import java.util.List;

/**
 * What a (draft) scheme would meet once live (spec 3.13): every active or approved scheme it overlaps in
 * products, time, stores and channels, how the two combine, and the effect on a cart — priced with the
 * overlapping schemes alone and with the candidate added.
 */
public record ConflictReport(String schemeId, int version, String type, String stage, String exclusionGroup,
                             List<Overlap> overlaps, Effect effect) {

    public ConflictReport {
        overlaps = List.copyOf(overlaps);
    }

    /**
     * One overlapping scheme. {@code relation}: {@code COMPETES} (same stage and exclusion group: at most
     * one applies), {@code ADDS} (same stage, other group: both on the same base), {@code STACKS} (later or
     * earlier stage), or {@code EXCLUSIVE} (either is exclusive: the units one takes get nothing else).
     * {@code products} says how the scopes meet: {@code ALL}, the shared SKUs, categories or brands, or
     * {@code POSSIBLE} when they are given in different dimensions (a SKU list against a category).
     */
    public record Overlap(String schemeId, int version, String type, String status, String stage, String exclusionGroup,
                          String relation, String products) {
    }

    /** The cart's payable without and with the candidate, and the priced cart with it (explained). */
    public record Effect(boolean sampleCart, Money payableWithout, Money payableWith, Money candidateBenefit,
                         PricingResult priced) {
    }
}
