package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.AccountCode;

import java.util.List;
import java.util.Objects;

/**
 * One version of a built-in template as a tenant made it (spec 3.4, 凭证模板): the summary (摘要) and the account of
 * every line, in the order of the template's lines ({@link TemplateView#lines}); the sides, amounts and dimensions stay
 * the built-in's. {@code builtIn}: a reset, the built-in content of its time under a new version.
 */
public record TemplateRevision(String templateId, long version, boolean builtIn, String summary, List<AccountCode> accounts) {

    public TemplateRevision {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(summary, "summary");
        accounts = List.copyOf(accounts);
        if (version <= 0 || accounts.isEmpty()) {
            throw new IllegalArgumentException("a revision has a positive version and an account per line");
        }
    }

    /** Whether {@code other} books the same: the same summary and accounts (the version and the reset flag aside). */
    public boolean sameContent(TemplateRevision other) {
        return summary.equals(other.summary) && accounts.equals(other.accounts);
    }
}
