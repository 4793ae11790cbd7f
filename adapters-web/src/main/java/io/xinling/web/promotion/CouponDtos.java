package io.xinling.web.promotion;

import java.time.Instant;
import java.util.Map;

/** Request and response bodies of the coupon routes. */
final class CouponDtos {

    private CouponDtos() {
    }

    record CouponTypeRequest(String name, String kind, Map<String, String> parameters, String validFrom, String validTo,
                             Integer validDays, Integer holdLimit, Boolean transferable, Boolean returnable,
                             String faceValue) {
    }

    record CouponTypeResponse(long id, String name, String kind, Map<String, String> parameters, Instant validFrom,
                              Instant validTo, Integer validDays, Integer holdLimit, boolean transferable,
                              boolean returnable, String faceValue, String currency) {
    }

    record BatchRequest(Integer count, String prefix) {
    }

    record BatchResponse(long id, long typeId, int requested, String prefix, String state, int generated,
                         Instant createdAt) {
    }

    record IssueRequest(Long memberId) {
    }

    record ReserveRequest(String orderRef, Long memberId, Integer ttlSeconds) {
    }

    record OrderRequest(String orderRef) {
    }

    record CouponResponse(String code, long typeId, long batchId, String state, Long ownerId, Instant validFrom,
                          Instant validTo, String orderRef, Instant lockedUntil) {
    }
}
