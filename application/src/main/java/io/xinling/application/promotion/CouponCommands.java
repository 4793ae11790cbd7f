package io.xinling.application.promotion;

import io.xinling.domain.kernel.TenantId;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The commands of the coupon use cases. Raw strings are checked by the use case, naming the field. */
public final class CouponCommands {

    private CouponCommands() {
    }

    public record CreateType(TenantId tenant, String name, String kind, Map<String, String> parameters,
                             Optional<String> validFrom, Optional<String> validTo, Optional<Integer> validDays,
                             Optional<Integer> holdLimit, boolean transferable, boolean returnable,
                             Optional<String> faceValue) {
    }

    public record GenerateBatch(TenantId tenant, long typeId, int count, String prefix) {
    }

    public record Issue(TenantId tenant, String code, long member) {
    }

    public record Reserve(TenantId tenant, String code, String orderRef, Optional<Long> member, Duration ttl) {
    }

    /** Redeem, release or give back: an action on a code for an order. */
    public record OrderAction(TenantId tenant, String code, String orderRef) {
    }
}
