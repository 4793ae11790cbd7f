package io.xinling.domain.kernel;

/** Errors of the shared values: malformed amounts, quantities and units. */
public sealed interface KernelError extends DomainError {

    /** A field of a request that is absent or malformed. {@code field} names it as the client sent it. */
    record InvalidValue(String field, String reason) implements KernelError {
        @Override public String code() { return "kernel.invalid-value"; }
        @Override public String message() { return field + ": " + reason; }
    }

    /** More decimals than the currency or unit allows: we never round input silently. */
    record TooManyDecimals(String field, String value, int allowed) implements KernelError {
        @Override public String code() { return "kernel.too-many-decimals"; }
        @Override public String message() {
            return field + ": " + value + " has more than " + allowed + " decimals";
        }
    }

    record CurrencyMismatch(String expected, String actual) implements KernelError {
        @Override public String code() { return "kernel.currency-mismatch"; }
        @Override public String message() { return "expected " + expected + " but got " + actual; }
    }

    record UnknownUnit(String unit) implements KernelError {
        @Override public String code() { return "kernel.unknown-unit"; }
        @Override public String message() { return "no conversion to or from unit " + unit; }
    }
}
