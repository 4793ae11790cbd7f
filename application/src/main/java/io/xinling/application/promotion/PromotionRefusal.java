package io.xinling.application.promotion;

import io.xinling.application.promotion.quota.CounterKey;

import io.xinling.domain.kernel.DomainError;
import io.xinling.domain.promotion.PromotionError;

/**
 * Refusals of the promotion use cases around the engine: reservations of limits and budgets,
 * campaigns, promotional price changes and conflict reports. Pricing refusals of the engine's factory
 * pass through unchanged ({@link Pricing}).
 */
public sealed interface PromotionRefusal extends DomainError {

    record InvalidField(String field, String problem) implements PromotionRefusal {
        @Override public String code() { return "promotion.invalid-field"; }
        @Override public String message() { return field + ": " + problem; }
    }

    /** A malformed scheme or cart as the engine's factory reports it. */
    record Pricing(PromotionError error) implements PromotionRefusal {
        @Override public String code() { return error.code(); }
        @Override public String message() { return error.message(); }
    }

    record NotFound(String what, String id) implements PromotionRefusal {
        @Override public String code() { return "promotion." + what + "-not-found"; }
        @Override public String message() { return "no " + what + " " + id; }
    }

    /** Another order took what was left of a limited resource between pricing and reserving. */
    record QuotaConflict(String schemeId, String resource, long needed) implements PromotionRefusal {
        @Override public String code() { return "promotion.quota-conflict"; }
        @Override public String message() {
            String owner = schemeId.startsWith(CounterKey.CAMPAIGN) ? "campaign " + schemeId.substring(CounterKey.CAMPAIGN.length())
                    : "scheme " + schemeId;
            return owner + ": not enough " + resource + " left for " + needed + "; price the order again";
        }
    }

    /** The live price differs from the one the customer was shown. */
    record PriceChanged(String expected, String actual) implements PromotionRefusal {
        @Override public String code() { return "promotion.price-conflict"; }
        @Override public String message() {
            return "the order now prices at " + actual + ", not " + expected + " (limits or budgets ran out); price it again";
        }
    }

    record OrderHasReservation(String orderRef) implements PromotionRefusal {
        @Override public String code() { return "promotion.reservation-conflict"; }
        @Override public String message() { return "order " + orderRef + " already holds a live reservation"; }
    }

    /** An action the current status does not allow (confirm an expired reservation, approve a cancelled document…). */
    record IllegalStatus(String what, String id, String status, String action) implements PromotionRefusal {
        @Override public String code() { return "promotion.illegal-" + what + "-transition"; }
        @Override public String message() { return what + " " + id + " is " + status + " and cannot " + action; }
    }

    /** A coupon the order applied could not be locked, redeemed or given back (spec 3.12): its refusal, unchanged. */
    record CouponRefused(io.xinling.domain.promotion.coupon.CouponError error) implements PromotionRefusal {
        @Override public String code() { return error.code(); }
        @Override public String message() { return error.message(); }
    }

    /** An id that is taken, or a thing that belongs elsewhere already. */
    record Conflict(String what, String id, String problem) implements PromotionRefusal {
        @Override public String code() { return "promotion." + what + "-conflict"; }
        @Override public String message() { return what + " " + id + ": " + problem; }
    }
}
