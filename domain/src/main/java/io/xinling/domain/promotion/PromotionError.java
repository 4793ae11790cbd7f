package io.xinling.domain.promotion;

import io.xinling.domain.kernel.DomainError;

/** Refusals of the promotion context; {@code field} names the offending input for a 422 problem. */
public sealed interface PromotionError extends DomainError {

    /** A scheme whose parameters are malformed: bad value, overlapping tiers, negative amount, percent over 100. */
    record InvalidScheme(String field, String problem) implements PromotionError {
        @Override public String code() { return "promotion.invalid-scheme"; }
        @Override public String message() { return field + ": " + problem; }
    }

    /** A rule type that is not in the catalogue. */
    record UnknownRuleType(String type) implements PromotionError {
        @Override public String code() { return "promotion.unknown-rule-type"; }
        @Override public String message() { return "type: unknown rule type '" + type + "'"; }
    }

    /** A return that does not fit the frozen order (unknown line, more units than left). */
    record InvalidReturn(String field, String problem) implements PromotionError {
        @Override public String code() { return "promotion.invalid-return"; }
        @Override public String message() { return field + ": " + problem; }
    }
}
