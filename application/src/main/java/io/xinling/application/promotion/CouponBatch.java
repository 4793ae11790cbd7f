package io.xinling.application.promotion;

import java.time.Instant;

/** One generation run of codes for a coupon type: {@code PENDING → PROCESSING → COMPLETED | FAILED}. */
public record CouponBatch(long id, long typeId, int requested, String prefix, State state, int generated,
                          Instant createdAt) {

    public enum State { PENDING, PROCESSING, COMPLETED, FAILED }
}
