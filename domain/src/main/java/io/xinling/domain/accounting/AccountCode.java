package io.xinling.domain.accounting;

import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * An account code: four digits for a first-level account (小企业会计准则 appendix), then two digits per
 * level below it ({@code 2221 → 222101 → 22210101}). The parent is the code without its last two digits.
 */
public record AccountCode(String value) implements Comparable<AccountCode> {

    public static final int TOP_LENGTH = 4;
    public static final int MAX_LENGTH = 12;

    public AccountCode {
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("malformed account code " + value);
        }
    }

    public static Either<AccountingError, AccountCode> parse(String field, String text) {
        if (text == null || !wellFormed(text.strip())) {
            return Either.left(new AccountingError.InvalidField(field,
                    "an account code is 4 digits, then 2 more per level (at most " + MAX_LENGTH + ")"));
        }
        return Either.right(new AccountCode(text.strip()));
    }

    public static AccountCode of(String value) {
        return new AccountCode(value);
    }

    private static boolean wellFormed(String value) {
        return value != null && value.length() >= TOP_LENGTH && value.length() <= MAX_LENGTH
                && (value.length() - TOP_LENGTH) % 2 == 0 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public Option<AccountCode> parent() {
        return value.length() == TOP_LENGTH ? Option.none() : Option.some(new AccountCode(value.substring(0, value.length() - 2)));
    }

    public int level() {
        return 1 + (value.length() - TOP_LENGTH) / 2;
    }

    public AccountCode top() {
        return new AccountCode(value.substring(0, TOP_LENGTH));
    }

    /** This code or any code below it. */
    public boolean isWithin(AccountCode ancestor) {
        return value.startsWith(ancestor.value);
    }

    @Override
    public int compareTo(AccountCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
