package io.xinling.application.promotion;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.coupon.CouponError;
import io.xinling.domain.promotion.coupon.CouponKind;
import io.xinling.domain.promotion.coupon.CouponType;
import io.xinling.domain.promotion.coupon.CouponTypeRules;
import io.xinling.domain.promotion.coupon.Validity;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Turns a create-type command into a checked {@link CouponType}, naming the first offending field. */
final class CouponTypeParser {

    private CouponTypeParser() {
    }

    static Either<CouponError, CouponType> parse(CouponCommands.CreateType c) {
        if (c.name() == null) {
            return invalid("name", "is required");
        }
        if (c.kind() == null || CouponKind.fromWireName(c.kind()).isEmpty()) {
            return invalid("kind", "must be one of cash_coupon, threshold_coupon, percent_coupon, product_coupon, "
                    + "shipping_coupon, exchange_coupon");
        }
        if (c.parameters() != null) {
            for (var parameter : c.parameters().entrySet()) {
                if (parameter.getValue() == null) {
                    return invalid("parameters." + parameter.getKey(), "must be a value, not null");
                }
            }
        }
        return validity(c).flatMap(validity -> faceValue(c).flatMap(face -> CouponTypeRules.check(new CouponType(0,
                c.name().strip(), CouponKind.fromWireName(c.kind()).get(),
                c.parameters() == null ? java.util.Map.of() : c.parameters(), validity, c.holdLimit(),
                c.transferable(), c.returnable(), face))));
    }

    private static Either<CouponError, Money> faceValue(CouponCommands.CreateType c) {
        return Money.parse("faceValue", c.faceValue().orElse("0"), Money.CNY)
                .mapLeft(e -> new CouponError.InvalidField("faceValue", e.message()));
    }

    private static Either<CouponError, Validity> validity(CouponCommands.CreateType c) {
        boolean fixed = c.validFrom().isPresent() || c.validTo().isPresent();
        if (fixed == c.validDays().isPresent()) {
            return invalid("validity", "give either validFrom and validTo, or validDays");
        }
        if (c.validDays().isPresent()) {
            int days = c.validDays().get();
            return days > 0 && days <= 3660 ? Either.right(new Validity.DaysFromIssue(days))
                    : invalid("validDays", "must be between 1 and 3660");
        }
        if (c.validFrom().isEmpty() || c.validTo().isEmpty()) {
            return invalid(c.validFrom().isEmpty() ? "validFrom" : "validTo", "is required for a fixed window");
        }
        return instant("validFrom", c.validFrom().get()).flatMap(from -> instant("validTo", c.validTo().get())
                .flatMap(to -> to.isAfter(from) ? Either.right(new Validity.Fixed(new Validity.Window(from, to)))
                        : invalid("validTo", "must be after validFrom (the window is empty)")));
    }

    private static Either<CouponError, Instant> instant(String field, String text) {
        try {
            return Either.right(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return invalid(field, "an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }

    private static <T> Either<CouponError, T> invalid(String field, String reason) {
        return Either.left(new CouponError.InvalidField(field, reason));
    }
}
