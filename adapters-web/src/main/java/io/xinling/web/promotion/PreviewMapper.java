package io.xinling.web.promotion;

import io.xinling.application.promotion.PreviewPromotionsUseCase.InlineScheme;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.CartLine;
import io.xinling.domain.promotion.PriceFloor;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PromotionEngine;
import io.xinling.web.common.ApiException;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a preview request into the engine's cart and context, refusing each bad field with a 422 naming it. */
final class PreviewMapper {

    static final int MAX_LINES = 500;
    /** Documented maxima of the OpenAPI description: units per line, an amount in the currency, points. */
    static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(1_000_000);
    static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(100_000_000);
    static final long MAX_POINTS = 1_000_000_000_000L;

    private PreviewMapper() {
    }

    static Cart cart(PreviewRequest r, Currency currency) {
        if (r.lines() == null || r.lines().isEmpty() || r.lines().size() > MAX_LINES) {
            throw ApiException.unprocessable("lines", "between 1 and " + MAX_LINES + " lines are required");
        }
        List<CartLine> lines = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < r.lines().size(); i++) {
            CartLine line = line(r.lines().get(i), i, currency);
            if (!numbers.add(line.lineNo())) {
                throw ApiException.unprocessable("lines[" + i + "].lineNo", "duplicates another line");
            }
            lines.add(line);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (CartLine line : lines) {
            total = total.add(BigDecimal.valueOf(line.unitPrice().minor()).multiply(line.quantity().value()));
        }
        if (total.compareTo(BigDecimal.valueOf(Cart.MAX_AMOUNT_MINOR)) > 0) {
            throw ApiException.unprocessable("lines", "the cart amount is above " + Cart.MAX_AMOUNT_MINOR + " minor units");
        }
        return new Cart(lines);
    }

    private static CartLine line(PreviewRequest.Line l, int i, Currency currency) {
        String at = "lines[" + i + "].";
        if (l.sku() == null || l.sku().isBlank()) {
            throw ApiException.unprocessable(at + "sku", "is required");
        }
        Money price = amount(at + "unitPrice", l.unitPrice(), currency);
        if (price.isNegative()) {
            throw ApiException.unprocessable(at + "unitPrice", "must not be negative");
        }
        Quantity quantity = Quantity.parse(at + "quantity", l.quantity())
                .getOrElseThrow(e -> ApiException.unprocessable(at + "quantity", e.message()));
        if (!quantity.isPositive() || quantity.value().compareTo(MAX_QUANTITY) > 0) {
            throw ApiException.unprocessable(at + "quantity", "must be positive and at most " + MAX_QUANTITY);
        }
        if (!CartLine.amountFits(price.minor(), quantity)) {
            throw ApiException.unprocessable(at + "quantity", "unitPrice × quantity is above "
                    + CartLine.MAX_AMOUNT_MINOR + " minor units");
        }
        if (l.lineNo() != null && (l.lineNo() < 1 || l.lineNo() > CartLine.MAX_LINE_NO)) {
            throw ApiException.unprocessable(at + "lineNo", "from 1 to " + CartLine.MAX_LINE_NO);
        }
        return new CartLine(l.lineNo() == null ? i + 1 : l.lineNo(), l.sku(),
                strings(l.categories()), l.brand(), price, quantity,
                !Boolean.FALSE.equals(l.promotable()), Boolean.TRUE.equals(l.memberDiscountExcluded()),
                floor(l.floor(), at + "floor.", currency));
    }

    private static PriceFloor floor(PreviewRequest.Floor f, String at, Currency currency) {
        if (f == null) {
            return PriceFloor.NONE;
        }
        if (f.minMargin() != null && f.unitCost() == null) {
            throw ApiException.unprocessable(at + "unitCost", "is required with minMargin (the margin is over this cost)");
        }
        return new PriceFloor(Optional.ofNullable(f.minUnitPrice()).map(v -> nonNegative(at + "minUnitPrice", v, currency)),
                Optional.ofNullable(f.minPayRate()).map(v -> percent(at + "minPayRate", v)),
                Optional.ofNullable(f.minMargin()).map(v -> percent(at + "minMargin", v)),
                Optional.ofNullable(f.unitCost()).map(v -> nonNegative(at + "unitCost", v, currency)));
    }

    static PricingContext context(PreviewRequest r, Currency currency) {
        LocalDateTime at = dateTime(r.at());
        PricingContext ctx = PricingContext.at(orEmpty(r.store()), orEmpty(r.channel()), at)
                .withCoupons(couponCodes(r.couponCodes()))
                .withPoints(r.points() == null ? 0 : points(r.points()))
                .withGiftChoices(giftChoices(r.giftChoices()));
        if (r.member() != null && r.member().level() != null) {
            ctx = ctx.withMember(r.member().level(), Set.copyOf(strings(r.member().tags())));
        }
        if (r.member() != null && r.member().previousOrders() != null) {
            ctx = ctx.withPreviousOrders((int) nonNegative("member.previousOrders", r.member().previousOrders()));
        }
        if (r.member() != null && r.member().birthday() != null) {
            ctx = ctx.withBirthday(monthDay(r.member().birthday()));
        }
        ctx = r.tender() == null ? ctx : ctx.withTender(r.tender());
        ctx = r.shippingFee() == null ? ctx : ctx.withShippingFee(nonNegative("shippingFee", r.shippingFee(), currency));
        return r.periodVolume() == null ? ctx : ctx.withPeriodVolume(nonNegative("periodVolume", r.periodVolume(), currency));
    }

    static Optional<Long> memberId(PreviewRequest r) {
        if (r.memberId() != null && r.memberId() <= 0) {
            throw ApiException.unprocessable("memberId", "a positive member id");
        }
        return Optional.ofNullable(r.memberId());
    }

    static Optional<List<InlineScheme>> schemes(PreviewRequest r) {
        if (r.schemes() == null) {
            return Optional.empty();
        }
        List<InlineScheme> out = new ArrayList<>();
        for (int i = 0; i < r.schemes().size(); i++) {
            Map<String, Object> definition = new HashMap<>(r.schemes().get(i));
            Object type = definition.remove("type");
            if (!(type instanceof String)) {
                throw ApiException.unprocessable("schemes[" + i + "].type", "is required");
            }
            out.add(new InlineScheme((String) type, definition));
        }
        return Optional.of(out);
    }

    /** A list as sent, or empty when absent (a null element was refused as the JSON was read: Json). */
    private static List<String> strings(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** The codes presented, as a customer may type them: trimmed and in upper case (a scheme's code is kept so too). */
    private static Set<String> couponCodes(List<String> codes) {
        Set<String> out = new HashSet<>();
        strings(codes).forEach(code -> out.add(code.strip().toUpperCase(java.util.Locale.ROOT)));
        return out;
    }

    private static Map<String, List<String>> giftChoices(Map<String, List<String>> choices) {
        if (choices == null) {
            return Map.of();
        }
        Map<String, List<String>> out = new HashMap<>();
        choices.forEach((scheme, skus) -> {
            if (skus == null) {
                throw ApiException.unprocessable("giftChoices." + scheme, "must be a list of gift SKUs");
            }
            out.put(scheme, skus);
        });
        return out;
    }

    static Currency currency(PreviewRequest r) {
        Currency currency;
        try {
            currency = r.currency() == null ? Money.CNY : Currency.getInstance(r.currency());
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("currency", "an ISO 4217 code such as CNY");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw ApiException.unprocessable("currency", currency + " has no minor units; a currency of money such as CNY");
        }
        if (!PromotionEngine.canPrice(currency)) {
            throw ApiException.unprocessable("currency", "scheme amounts have two decimals and are read in the cart's "
                    + "currency; " + currency + " has " + currency.getDefaultFractionDigits() + " decimals, so they cannot price it");
        }
        return currency;
    }

    private static Money money(String field, String text, Currency currency) {
        return Money.parse(field, text, currency).getOrElseThrow(e -> ApiException.unprocessable(field, e.message()));
    }

    /** An amount of at most {@link #MAX_AMOUNT} in absolute value (a unit price's sign is checked by the caller). */
    private static Money amount(String field, String text, Currency currency) {
        Money m = money(field, text, currency);
        if (m.toDecimal().abs().compareTo(MAX_AMOUNT) > 0) {
            throw ApiException.unprocessable(field, "at most " + MAX_AMOUNT.toPlainString());
        }
        return m;
    }

    private static Money nonNegative(String field, String text, Currency currency) {
        Money m = amount(field, text, currency);
        if (m.isNegative()) {
            throw ApiException.unprocessable(field, "must not be negative");
        }
        return m;
    }

    private static long points(long value) {
        if (value < 0 || value > MAX_POINTS) {
            throw ApiException.unprocessable("points", "from 0 to " + MAX_POINTS);
        }
        return value;
    }

    private static Percentage percent(String field, String text) {
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 4) {
                throw ApiException.unprocessable(field, "a percent from 0 to 100");
            }
            return Percentage.ofPercent(text);
        } catch (NumberFormatException e) {
            throw ApiException.unprocessable(field, "a percent from 0 to 100");
        }
    }

    private static LocalDateTime dateTime(String text) {
        if (text == null) {
            throw ApiException.unprocessable("at", "the ticket time is required (local date-time of the store)");
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.unprocessable("at", "an ISO local date-time such as 2026-11-25T12:00:00");
        }
    }

    private static MonthDay monthDay(String text) {
        try {
            return MonthDay.parse(text.startsWith("--") ? text : "--" + text);
        } catch (DateTimeParseException e) {
            throw ApiException.unprocessable("member.birthday", "month and day as MM-dd");
        }
    }

    private static long nonNegative(String field, long value) {
        if (value < 0) {
            throw ApiException.unprocessable(field, "must not be negative");
        }
        return value;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
