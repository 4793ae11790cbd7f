package io.xinling.domain.accounting.generation;

import java.util.List;
import java.util.Objects;

/**
 * A built-in voucher template as shown to users (spec 3.4): id, version, the document type and variant it books,
 * its summary (摘要) and its line rules in order.
 */
public record TemplateView(String id, long version, String documentType, String variant, String summary,
                           List<Line> lines) {

    public TemplateView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(summary, "summary");
        lines = List.copyOf(lines);
    }

    /**
     * One line rule: {@code side} is debit, credit or by-sign (debit for value in, credit for value out, the offset
     * the other way), the account code, the amount expression, red ink, and the dimensions it carries.
     */
    public record Line(String side, String account, String amount, boolean red, List<String> dimensions) {

        public Line {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(amount, "amount");
            dimensions = List.copyOf(dimensions);
        }
    }
}
