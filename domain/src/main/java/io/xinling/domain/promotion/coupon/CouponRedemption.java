package io.xinling.domain.promotion.coupon;

import io.vavr.control.Either;
import io.xinling.domain.promotion.NotApplied;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.scheme.SchemeFactory;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validation of a presented coupon code before pricing (spec 3.12, "validate → reserve → apply in S4"): its state
 * and validity window at the pricing time, and its owner; a code that passes becomes a scheme of its type's rule
 * (2.29–2.34) that only this code unlocks ({@code audience.couponCode}), with the type's stores, channels, SKUs and
 * 特价 exclusion, so the engine prices it in stage S4 with the coupon stacking rules and reports a threshold
 * shortfall, a wrong store or channel, or the scheme that excludes it, like for any other scheme.
 */
public final class CouponRedemption {

    /** The id prefix of the scheme of a coupon code: {@code coupon:<code>}. */
    public static final String SCHEME_PREFIX = "coupon:";

    private CouponRedemption() {
    }

    public static String schemeId(String code) {
        return SCHEME_PREFIX + code;
    }

    /** The code of a coupon's scheme id, or empty for any other scheme. */
    public static Optional<String> codeOf(String schemeId) {
        return schemeId.startsWith(SCHEME_PREFIX) ? Optional.of(schemeId.substring(SCHEME_PREFIX.length()))
                : Optional.empty();
    }

    /** A typed code that names no coupon (malformed or not found). */
    public static NotApplied unknown(String typed) {
        return new NotApplied(schemeId(typed), 0, "coupon", Reason.COUPON_UNKNOWN, Optional.empty(), Optional.empty(),
                Optional.empty(), "no coupon " + typed);
    }

    /**
     * The scheme of {@code coupon} for an order priced at {@code at}, or why the code cannot be used: a coupon locked
     * or redeemed by the same order ({@code orderRef}) may be priced again (a reservation renewed, a return); one
     * issued to a member is only the member's, unless its type is transferable.
     */
    public static Either<NotApplied, Scheme> check(Coupon coupon, CouponType type, Instant at, Optional<Long> member,
                                                   Optional<String> orderRef) {
        CouponState state = coupon.stateAt(at);
        boolean ownOrder = coupon.order().isPresent() && coupon.order().equals(orderRef);
        boolean ownLock = state == CouponState.LOCKED && ownOrder;
        Reason refused = switch (state) {
            case GENERATED -> Reason.COUPON_NOT_ISSUED;
            case REDEEMED -> ownOrder ? null : Reason.COUPON_ALREADY_USED;
            case VOIDED -> Reason.COUPON_VOIDED;
            case EXPIRED -> Reason.COUPON_EXPIRED;
            case LOCKED -> ownLock ? null : Reason.COUPON_LOCKED;
            case ISSUED -> null;
        };
        if (refused == null && coupon.window().filter(w -> at.isBefore(w.from())).isPresent()) {
            refused = Reason.COUPON_NOT_YET_VALID;
        }
        if (refused == null && !type.transferable() && coupon.owner().isPresent() && !coupon.owner().equals(member)) {
            refused = Reason.MEMBER_NOT_ELIGIBLE;
        }
        if (refused != null) {
            return Either.left(refusal(coupon, type, refused, message(refused, coupon)));
        }
        return scheme(coupon.code(), type).mapLeft(problem -> refusal(coupon, type, Reason.NO_BENEFIT, problem));
    }

    /** The scheme a code of {@code type} applies: the type's rule and parameters, unlocked by this code only. */
    public static Either<String, Scheme> scheme(CouponCode code, CouponType type) {
        return SchemeFactory.create(type.kind().wireName(), definition(code.value(), type)).mapLeft(e -> e.message());
    }

    /** The scheme definition of a code of {@code type}, as the engine's factory reads it. */
    static Map<String, Object> definition(String code, CouponType type) {
        Map<String, String> p = type.parameters();
        Map<String, Object> params = new HashMap<>();
        for (String key : paramsOf(type.kind())) {
            if (p.containsKey(key)) {
                params.put(key.equals("units") ? "maxUnits" : key, p.get(key));
            }
        }
        Map<String, Object> audience = new HashMap<>();
        audience.put("couponCode", code);
        list(p, "stores").ifPresent(v -> audience.put("stores", v));
        list(p, "channels").ifPresent(v -> audience.put("channels", v));
        Map<String, Object> definition = new HashMap<>();
        definition.put("id", schemeId(code));
        definition.put("label", type.name());
        definition.put("params", params);
        definition.put("audience", audience);
        list(p, "skus").ifPresent(skus -> definition.put("scope", Map.of("skus", skus)));
        if (p.containsKey("excludeSpecialPrice")) {
            definition.put("stacking", Map.of("excludeSpecialPriceItems", p.get("excludeSpecialPrice")));
        }
        return definition;
    }

    private static List<String> paramsOf(CouponKind kind) {
        return switch (kind) {
            case CASH_COUPON -> List.of("amount");
            case THRESHOLD_COUPON -> List.of("threshold", "amount");
            case PERCENT_COUPON -> List.of("payRate", "threshold", "maxDiscount");
            case PRODUCT_COUPON -> List.of("amount", "units");
            case SHIPPING_COUPON -> List.of("amount", "payRate");
            case EXCHANGE_COUPON -> List.of("price");
        };
    }

    private static Optional<List<String>> list(Map<String, String> p, String key) {
        return Optional.ofNullable(p.get(key)).map(v -> Arrays.stream(v.split(",")).map(String::strip).toList());
    }

    private static NotApplied refusal(Coupon coupon, CouponType type, Reason reason, String message) {
        return new NotApplied(schemeId(coupon.code().value()), 1, type.kind().wireName(), reason, Optional.empty(),
                Optional.empty(), Optional.empty(), message);
    }

    private static String message(Reason reason, Coupon coupon) {
        String code = coupon.code().value();
        return switch (reason) {
            case COUPON_NOT_ISSUED -> "coupon " + code + " has not been issued";
            case COUPON_ALREADY_USED -> "coupon " + code + " has been used";
            case COUPON_VOIDED -> "coupon " + code + " is void";
            case COUPON_EXPIRED -> "coupon " + code + " expired at " + coupon.window().map(w -> w.to().toString()).orElse("?");
            case COUPON_LOCKED -> "coupon " + code + " is held by another unpaid order";
            case COUPON_NOT_YET_VALID -> "coupon " + code + " is valid from " + coupon.window().map(w -> w.from().toString()).orElse("?");
            default -> "coupon " + code + " belongs to another member";
        };
    }
}
