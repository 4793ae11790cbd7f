package io.xinling.application.accounting;

import java.util.Map;

/** A voucher line as a client sends it: amounts as decimal strings, one of them blank or zero. */
public record LineInput(String summary, String account, Map<String, String> dimensions, String debit, String credit) {

    public LineInput {
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
    }
}
