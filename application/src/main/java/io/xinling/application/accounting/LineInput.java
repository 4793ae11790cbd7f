package io.xinling.application.accounting;

import java.util.Map;

/**
 * A voucher line as a client sends it: amounts as decimal strings, one of them blank or zero; on a foreign-currency line
 * also the currency (ISO code), the original amount (signed like the line) and the rate, with the CNY amount equal to
 * round2(originalAmount × rate).
 */
public record LineInput(String summary, String account, Map<String, String> dimensions, String debit, String credit,
                        String currency, String originalAmount, String rate) {

    public LineInput {
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
    }

    public LineInput(String summary, String account, Map<String, String> dimensions, String debit, String credit) {
        this(summary, account, dimensions, debit, credit, null, null, null);
    }
}
