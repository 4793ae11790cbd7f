package io.xinling.domain.trade;

import io.xinling.domain.kernel.DomainError;
import io.xinling.domain.kernel.KernelError;

/** Refusals of document lines and amounts. */
public sealed interface TradeError extends DomainError {

    /** A malformed or out-of-range value (too many decimals, not a number…): keeps the kernel's code. */
    record InvalidValue(KernelError cause) implements TradeError {
        @Override public String code() { return cause.code(); }
        @Override public String message() { return cause.message(); }
    }

    record InvalidLine(int line, String field, String reason) implements TradeError {
        @Override public String code() { return "trade.invalid-line"; }
        @Override public String message() { return "lines[" + line + "]." + field + ": " + reason; }
    }

    record CurrencyMismatch(int line, String expected, String actual) implements TradeError {
        @Override public String code() { return "trade.currency-mismatch"; }
        @Override public String message() {
            return "lines[" + line + "] is priced in " + actual + " on a " + expected + " document";
        }
    }

    record OrderDiscountExceedsLines(String discount, String lines) implements TradeError {
        @Override public String code() { return "trade.order-discount-exceeds-lines"; }
        @Override public String message() {
            return "order discount " + discount + " is more than the discounted lines total " + lines;
        }
    }

    record NoLines() implements TradeError {
        @Override public String code() { return "trade.no-lines"; }
        @Override public String message() { return "a document has at least one line"; }
    }

    /** Spec 3.5: a small-scale taxpayer's sale is charged at a levy rate (征收率) valid on its date, not a general rate. */
    record NotALevyRate(int line, String rate, String date, String valid) implements TradeError {
        @Override public String code() { return "trade.not-a-levy-rate"; }
        @Override public String message() {
            return "lines[" + line + "].taxRatePercent: " + rate + " is not a levy rate of a small-scale taxpayer on " + date
                    + " (spec 3.5: one of " + valid + ")";
        }
    }
}
