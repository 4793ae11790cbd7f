package io.xinling.domain.promotion.coupon;

import io.vavr.control.Either;

import java.util.Locale;
import java.util.Objects;

/**
 * A coupon code: an optional prefix, a random body over an alphabet without look-alike characters
 * (no 0, 1, I, O), and a Luhn mod-32 check character, so a mistyped code is refused before any lookup.
 * The body's randomness comes from the caller: the domain never draws random numbers itself.
 */
public record CouponCode(String value) {

    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int BODY_LENGTH = 12;
    private static final int N = ALPHABET.length();
    private static final int MAX_PREFIX = 8;

    public CouponCode {
        Objects.requireNonNull(value, "value");
        if (!hasValidCheck(value)) {
            throw new IllegalArgumentException("not a well-formed coupon code: " + value);
        }
    }

    /** Builds a code from {@code BODY_LENGTH} random 5-bit symbols taken from {@code entropy}. */
    public static CouponCode generate(String prefix, long entropyHigh, long entropyLow) {
        StringBuilder body = new StringBuilder(prefix);
        long bits = entropyHigh;
        for (int i = 0; i < BODY_LENGTH; i++) {
            if (i == BODY_LENGTH / 2) {
                bits = entropyLow;
            }
            body.append(ALPHABET.charAt((int) (bits & (N - 1))));
            bits >>>= 5;
        }
        return new CouponCode(body.append(checkCharacter(body)).toString());
    }

    /** Parses what a customer or cashier typed: case and separators are forgiven, a wrong check is not. */
    public static Either<CouponError, CouponCode> parse(String typed) {
        if (typed == null) {
            return Either.left(new CouponError.MalformedCode(""));
        }
        String normalized = typed.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return normalized.length() >= 2 && hasValidCheck(normalized)
                ? Either.right(new CouponCode(normalized))
                : Either.left(new CouponError.MalformedCode(typed));
    }

    /** A prefix must use the code alphabet, so that every character is covered by the check. */
    public static boolean isValidPrefix(String prefix) {
        return prefix.length() <= MAX_PREFIX && prefix.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    static char checkCharacter(CharSequence payload) {
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / N + addend % N;
        }
        return ALPHABET.charAt((N - sum % N) % N);
    }

    private static boolean hasValidCheck(String code) {
        if (code.length() < 2 || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return false;
        }
        return checkCharacter(code.substring(0, code.length() - 1)) == code.charAt(code.length() - 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
