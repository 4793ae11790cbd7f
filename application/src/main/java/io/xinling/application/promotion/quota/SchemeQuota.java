package io.xinling.application.promotion.quota;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.PromotionError;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scheme's limits across orders (spec 3.11), read from the {@code limits} object of its definition:
 * {@code usesTotal}, {@code usesPerCustomer}, {@code usesPerCustomerPerDay}, {@code qtyPerCustomer},
 * {@code activityStock}, {@code giftStock}, {@code perCodeUses}, {@code perCodePerCustomer} (whole numbers) and
 * {@code budget} (money). An absent key is unlimited. The per-code limits need the scheme's public coupon code
 * ({@code audience.couponCode}, kept as {@code code}; {@code ""} when the scheme has none). The per-order limits
 * ({@code usesPerOrder}, {@code qtyPerOrder}) stay with the engine.
 */
public record SchemeQuota(Map<Resource, Long> limits, String code) {

    public static final SchemeQuota NONE = new SchemeQuota(Map.of());

    public SchemeQuota {
        limits = Map.copyOf(limits);
        Objects.requireNonNull(code, "code");
    }

    public SchemeQuota(Map<Resource, Long> limits) {
        this(limits, "");
    }

    public boolean isLimited() {
        return !limits.isEmpty();
    }

    public boolean limits(Resource r) {
        return limits.containsKey(r);
    }

    /** The limit of a resource, {@link Long#MAX_VALUE} when unlimited. */
    public long limit(Resource r) {
        return limits.getOrDefault(r, Long.MAX_VALUE);
    }

    /** The quota in a definition, or the first malformed limit named as {@code limits.<key>}. */
    public static Either<PromotionError, SchemeQuota> parse(Map<String, Object> definition) {
        Object raw = definition == null ? null : definition.get("limits");
        if (raw == null) {
            return Either.right(NONE);
        }
        if (!(raw instanceof Map<?, ?> map)) {
            return invalid("limits", "must be an object");
        }
        Map<Resource, Long> limits = new EnumMap<>(Resource.class);
        for (Resource r : Resource.values()) {
            Object v = map.get(r.wireName());
            if (v == null) {
                continue;
            }
            Either<PromotionError, Long> value = r == Resource.BUDGET ? money(v) : count(r.wireName(), v);
            if (value.isLeft()) {
                return Either.left(value.getLeft());
            }
            limits.put(r, value.get());
        }
        String code = couponCode(definition);
        for (Resource r : List.of(Resource.PER_CODE_USES, Resource.PER_CODE_PER_CUSTOMER)) {
            if (limits.containsKey(r) && code.isEmpty()) {
                return invalid("limits." + r.wireName(), "limits the uses of a public coupon code: the scheme needs audience.couponCode");
            }
        }
        return Either.right(new SchemeQuota(limits, code));
    }

    /** The scheme's public coupon code, {@code ""} without one (read as the engine reads it). */
    private static String couponCode(Map<String, Object> definition) {
        return definition.get("audience") instanceof Map<?, ?> audience && audience.get("couponCode") != null
                ? String.valueOf(audience.get("couponCode")).trim().toUpperCase(java.util.Locale.ROOT) : "";
    }

    private static Either<PromotionError, Long> count(String key, Object v) {
        try {
            BigDecimal d = new BigDecimal(String.valueOf(v).trim());
            if (d.signum() < 0 || d.stripTrailingZeros().scale() > 0) {
                return invalid("limits." + key, "must be a whole number ≥ 0");
            }
            return Either.right(d.longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return invalid("limits." + key, "'" + v + "' is not a whole number");
        }
    }

    private static Either<PromotionError, Long> money(Object v) {
        return Money.parse("limits.budget", String.valueOf(v).trim(), Money.CNY)
                .<PromotionError>mapLeft(e -> new PromotionError.InvalidScheme("limits.budget",
                        e instanceof io.xinling.domain.kernel.KernelError.InvalidValue iv ? iv.reason() : e.message()))
                .flatMap(m -> m.isNegative() ? invalid("limits.budget", "must not be negative") : Either.right(m.minor()));
    }

    private static <T> Either<PromotionError, T> invalid(String field, String problem) {
        return Either.left(new PromotionError.InvalidScheme(field, problem));
    }
}
