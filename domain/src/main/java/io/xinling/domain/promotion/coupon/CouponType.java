package io.xinling.domain.promotion.coupon;

import io.xinling.domain.kernel.Money;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of coupon a merchant sets up (spec 3.12): the rule it applies in stage S4 with its
 * parameters, its validity, how many a member may hold, whether it may change hands, whether a fully
 * returned order gives it back, and its face value for the books (zero for free coupons).
 */
public record CouponType(long id, String name, CouponKind kind, Map<String, String> parameters, Validity validity,
                         Optional<Integer> holdLimit, boolean transferable, boolean returnable, Money faceValue) {

    public CouponType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(holdLimit, "holdLimit");
        Objects.requireNonNull(faceValue, "faceValue");
    }

    public CouponType withId(long newId) {
        return new CouponType(newId, name, kind, parameters, validity, holdLimit, transferable, returnable, faceValue);
    }
}
