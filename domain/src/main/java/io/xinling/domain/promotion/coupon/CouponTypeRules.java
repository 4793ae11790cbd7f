package io.xinling.domain.promotion.coupon;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.PromotionError;
import io.xinling.domain.promotion.scheme.SchemeFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a coupon type's parameters for its kind, naming the offending field. Amounts are decimal
 * strings in the currency; {@code payRate} is the percent the customer pays (80 = 8折); {@code stores} and
 * {@code channels} (comma-separated, absent = all) say where the coupon may be redeemed.
 */
public final class CouponTypeRules {

    private static final Map<CouponKind, Set<String>> REQUIRED = Map.of(
            CouponKind.CASH_COUPON, Set.of("amount"),
            CouponKind.THRESHOLD_COUPON, Set.of("threshold", "amount"),
            CouponKind.PERCENT_COUPON, Set.of("payRate"),
            CouponKind.PRODUCT_COUPON, Set.of("skus", "amount"),
            CouponKind.SHIPPING_COUPON, Set.of(),
            CouponKind.EXCHANGE_COUPON, Set.of("skus"));
    private static final Set<String> KNOWN = Set.of("amount", "threshold", "payRate", "maxDiscount", "skus", "price",
            "units", "excludeSpecialPrice", "stores", "channels");

    private CouponTypeRules() {
    }

    public static Either<CouponError, CouponType> check(CouponType type) {
        for (String key : type.parameters().keySet()) {
            if (!KNOWN.contains(key)) {
                return invalid("parameters." + key, "is not a parameter of " + type.kind().wireName());
            }
        }
        for (String key : REQUIRED.get(type.kind())) {
            if (!type.parameters().containsKey(key)) {
                return invalid("parameters." + key, "is required for " + type.kind().wireName());
            }
        }
        if (type.name().isBlank() || type.name().length() > 100) {
            return invalid("name", "must have 1 to 100 characters");
        }
        if (type.faceValue().isNegative()) {
            return invalid("faceValue", "must not be negative");
        }
        if (type.holdLimit().filter(l -> l <= 0).isPresent()) {
            return invalid("holdLimit", "must be positive");
        }
        return checkValues(type).map(ok -> type);
    }

    private static Either<CouponError, Boolean> checkValues(CouponType type) {
        for (String moneyField : List.of("amount", "threshold", "maxDiscount", "price")) {
            String raw = type.parameters().get(moneyField);
            if (raw != null) {
                Either<CouponError, Money> amount = Money.parse("parameters." + moneyField, raw, type.faceValue().currency())
                        .mapLeft(e -> new CouponError.InvalidField("parameters." + moneyField, e.message()));
                if (amount.isLeft()) {
                    return Either.left(amount.getLeft());
                }
                boolean zeroAllowed = moneyField.equals("threshold") || moneyField.equals("price");
                if (amount.get().isNegative() || (!zeroAllowed && amount.get().isZero())) {
                    return Either.left(new CouponError.InvalidField("parameters." + moneyField, "must be positive"));
                }
            }
        }
        return checkRateAndThreshold(type);
    }

    private static Either<CouponError, Boolean> checkRateAndThreshold(CouponType type) {
        String rate = type.parameters().get("payRate");
        if (rate != null) {
            try {
                BigDecimal r = new BigDecimal(rate);
                if (r.signum() <= 0 || r.compareTo(BigDecimal.valueOf(100)) >= 0) {
                    return Either.left(new CouponError.InvalidField("parameters.payRate", "must be above 0 and below 100"));
                }
            } catch (NumberFormatException e) {
                return Either.left(new CouponError.InvalidField("parameters.payRate", "is not a number"));
            }
        }
        String skus = type.parameters().get("skus");
        if (skus != null && !skus.matches("\\d+(,\\d+)*")) {
            return Either.left(new CouponError.InvalidField("parameters.skus", "a comma-separated list of SKU ids"));
        }
        for (String list : List.of("stores", "channels")) {
            String raw = type.parameters().get(list);
            if (raw != null && !raw.matches("[^,\\s]+(,[^,\\s]+)*")) {
                return Either.left(new CouponError.InvalidField("parameters." + list, "a comma-separated list of ids"));
            }
        }
        String threshold = type.parameters().get("threshold");
        String amount = type.parameters().get("amount");
        if (threshold != null && amount != null && new BigDecimal(amount).compareTo(new BigDecimal(threshold)) > 0) {
            return Either.left(new CouponError.InvalidField("parameters.amount", "exceeds the threshold"));
        }
        return asScheme(type);
    }

    /**
     * The type as the scheme a code of it applies (the engine's factory reads every parameter, e.g. {@code units} and
     * {@code excludeSpecialPrice}): a type no code of which could ever price is refused now, naming its parameter.
     */
    private static Either<CouponError, Boolean> asScheme(CouponType type) {
        return SchemeFactory.create(type.kind().wireName(), CouponRedemption.definition(CHECK_CODE, type))
                .<CouponError>mapLeft(e -> e instanceof PromotionError.InvalidScheme i
                        ? new CouponError.InvalidField(parameterOf(i.field()), problemOf(i))
                        : new CouponError.InvalidField("kind", e.message()))
                .map(scheme -> true);
    }

    private static final String CHECK_CODE = "CHECK";

    /** The type's parameter behind a field of the scheme definition it becomes. */
    private static String parameterOf(String field) {
        if (field.equals("params.maxUnits")) {
            return "parameters.units";
        }
        if (field.startsWith("stacking.")) {
            return "parameters.excludeSpecialPrice";
        }
        for (String prefix : List.of("params.", "audience.", "scope.")) {
            if (field.startsWith(prefix)) {
                String rest = field.substring(prefix.length());
                int end = rest.indexOf('[') < 0 ? rest.length() : rest.indexOf('[');
                return "parameters." + rest.substring(0, end);
            }
        }
        return "parameters";
    }

    private static String problemOf(PromotionError.InvalidScheme e) {
        return e.problem().startsWith(e.field() + ": ") ? e.problem().substring(e.field().length() + 2) : e.problem();
    }

    private static Either<CouponError, CouponType> invalid(String field, String reason) {
        return Either.left(new CouponError.InvalidField(field, reason));
    }
}
