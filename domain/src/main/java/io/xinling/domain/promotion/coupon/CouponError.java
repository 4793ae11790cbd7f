package io.xinling.domain.promotion.coupon;

import io.xinling.domain.kernel.DomainError;

import java.time.Instant;

/** Refusals of coupon set-up, issuing and redemption. */
public sealed interface CouponError extends DomainError {

    record MalformedCode(String typed) implements CouponError {
        @Override public String code() { return "coupon.malformed-code"; }
        @Override public String message() { return "'" + typed + "' is not a valid coupon code (check character)"; }
    }

    record CouponNotFound(String code) implements CouponError {
        @Override public String code() { return "coupon.coupon-not-found"; }
        @Override public String message() { return "no coupon " + code; }
    }

    record TypeNotFound(long typeId) implements CouponError {
        @Override public String code() { return "coupon.type-not-found"; }
        @Override public String message() { return "no coupon type " + typeId; }
    }

    record BatchNotFound(long batchId) implements CouponError {
        @Override public String code() { return "coupon.batch-not-found"; }
        @Override public String message() { return "no coupon batch " + batchId; }
    }

    record InvalidField(String field, String reason) implements CouponError {
        @Override public String code() { return "coupon.invalid-field"; }
        @Override public String message() { return field + ": " + reason; }
    }

    /** The coupon is not in a state that allows the action; names the state it is in. */
    record IllegalTransition(String code, CouponState state, String action) implements CouponError {
        @Override public String code() { return "coupon.illegal-transition"; }
        @Override public String message() { return "coupon " + code + " is " + state.wireName() + " and cannot be " + action; }
    }

    record NotValidAt(String code, Instant at, Instant from, Instant to) implements CouponError {
        @Override public String code() { return "coupon.not-valid-now"; }
        @Override public String message() { return "coupon " + code + " is valid from " + from + " until " + to + ", not at " + at; }
    }

    record NotOwner(String code) implements CouponError {
        @Override public String code() { return "coupon.not-owner"; }
        @Override public String message() { return "coupon " + code + " belongs to another member"; }
    }

    record HoldLimitReached(long memberId, int limit) implements CouponError {
        @Override public String code() { return "coupon.hold-limit-reached"; }
        @Override public String message() { return "member " + memberId + " already holds " + limit + " coupons of this type"; }
    }

    record LockedByAnotherOrder(String code) implements CouponError {
        @Override public String code() { return "coupon.locked-conflict"; }
        @Override public String message() { return "coupon " + code + " is reserved by another order"; }
    }
}
