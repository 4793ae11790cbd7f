package io.xinling.web.trade;

import io.javalin.http.Context;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.web.common.ApiException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Path and query parameters of the partner, pricing, trade and settlement routes. */
public final class WebParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private WebParams() {
    }

    /** A positive id in the path; anything else is 404, as an id that does not exist. */
    public static <T> T pathId(Context ctx, String name, Function<Long, T> wrap) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return wrap.apply(id);
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ApiException.notFound("no " + name.replace("Id", "") + " " + raw);
    }

    public static int limit(Context ctx) {
        return intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    public static int offset(Context ctx) {
        return intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }

    public static Optional<String> text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    public static Optional<Long> id(Context ctx, String name) {
        return text(ctx, name).map(raw -> {
            try {
                long id = Long.parseLong(raw);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // falls through
            }
            throw ApiException.unprocessable(name, "a positive id");
        });
    }

    public static Optional<LocalDate> date(Context ctx, String name) {
        return text(ctx, name).map(raw -> {
            try {
                return LocalDate.parse(raw);
            } catch (DateTimeParseException e) {
                throw ApiException.unprocessable(name, "an ISO date such as 2026-01-31");
            }
        });
    }

    public static LocalDate requiredDate(Context ctx, String name) {
        return date(ctx, name).orElseThrow(() -> ApiException.unprocessable(name, "is required"));
    }

    public static <E extends Enum<E>> Optional<E> enumParam(Context ctx, String name, Class<E> type) {
        return text(ctx, name).map(raw -> {
            try {
                return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw ApiException.unprocessable(name, "unknown value '" + raw + "'");
            }
        });
    }

    /** A decimal amount in a currency; malformed or with too many decimals is 422. */
    public static Money money(String field, String text, Currency currency) {
        return Money.parse(field, text, currency).getOrElseThrow(e -> ApiException.unprocessable(field, e.message()));
    }

    /** An ISO 4217 code; absent means CNY. */
    public static Currency currency(String field, String code) {
        if (code == null || code.isBlank()) {
            return Money.CNY;
        }
        try {
            Currency currency = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            if (currency.getDefaultFractionDigits() >= 0) {
                return currency;
            }
        } catch (IllegalArgumentException e) {
            // falls through
        }
        throw ApiException.unprocessable(field, "an ISO 4217 currency code such as CNY");
    }

    public static ExchangeRate rate(String field, Currency currency, String rate) {
        return ExchangeRate.parse(field, currency, rate).getOrElseThrow(e -> ApiException.unprocessable(field, e.message()));
    }

    /** A required value of an enum by its wire name. */
    public static <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.unprocessable(field, "is required");
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable(field, "unknown value '" + raw + "'");
        }
    }

    public static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.unprocessable(field, "is required");
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.unprocessable(field, "an ISO date such as 2026-01-31");
        }
    }

    /** An enum's wire name: lower case with dashes. */
    public static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> raw = text(ctx, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ApiException.unprocessable(name, "an integer between " + min + " and " + max);
    }
}
