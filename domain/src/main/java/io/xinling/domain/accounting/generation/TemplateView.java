package io.xinling.domain.accounting.generation;

import java.util.List;
import java.util.Objects;

/**
 * A voucher template as shown to users (spec 3.4): id, version, the document type and variant it books, its summary
 * (摘要), its line rules in order, and whether it is the built-in content ({@code builtIn}: never edited by the tenant,
 * or reset to the built-in).
 */
public record TemplateView(String id, long version, String documentType, String variant, String summary,
                           List<Line> lines, boolean builtIn) {

    public TemplateView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(summary, "summary");
        lines = List.copyOf(lines);
    }

    /** A built-in template. */
    public TemplateView(String id, long version, String documentType, String variant, String summary, List<Line> lines) {
        this(id, version, documentType, variant, summary, lines, true);
    }

    /** This template at a tenant's revision: its version, summary and line accounts. */
    public TemplateView revised(TemplateRevision revision) {
        if (revision.accounts().size() != lines.size()) {
            throw new IllegalArgumentException("revision " + revision.version() + " of " + id + " has "
                    + revision.accounts().size() + " accounts for " + lines.size() + " lines");
        }
        List<Line> revised = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            revised.add(lines.get(i).on(revision.accounts().get(i).value()));
        }
        return new TemplateView(id, revision.version(), documentType, variant, revision.summary(), revised,
                revision.builtIn());
    }

    /**
     * One line rule: {@code side} is debit, credit or by-sign (debit for value in, credit for value out, the offset
     * the other way), the account code, the amount expression, red ink, the dimensions it carries, and whether a
     * tenant may book it to another account ({@link TemplateEdits}).
     */
    public record Line(String side, String account, String amount, boolean red, List<String> dimensions,
                       boolean editable) {

        public Line {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(amount, "amount");
            dimensions = List.copyOf(dimensions);
        }

        Line on(String other) {
            return new Line(side, other, amount, red, dimensions, editable);
        }
    }
}
