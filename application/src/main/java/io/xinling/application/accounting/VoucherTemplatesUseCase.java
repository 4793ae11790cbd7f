package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.generation.TemplateView;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 凭证模板 (spec 3.4): the voucher templates of section 4 as a tenant has them. A tenant books a template's lines to
 * accounts of its own and changes its summary; every edit or reset is a new version, and generation uses the current one
 * for the documents posted after it.
 */
public interface VoucherTemplatesUseCase {

    /** Every template at the tenant's current version. */
    List<TemplateView> list(TenantId tenant);

    Either<AccountingError, TemplateView> find(TenantId tenant, String id);

    /** The built-in version, then each version the tenant made, oldest first. */
    Either<AccountingError, List<TemplateView>> versions(TenantId tenant, String id);

    /** A new version with the lines' accounts and the summary edited; the current one when nothing changes. */
    Either<AccountingError, TemplateView> edit(EditTemplateCommand command);

    /** A new version with the built-in content; the current one when it has the built-in content already. */
    Either<AccountingError, TemplateView> reset(TenantId tenant, UserId user, String id);

    /**
     * An edit: one entry per template line in order, each the account to book it to (empty: keep the line's account),
     * and the summary (empty: keep it).
     */
    record EditTemplateCommand(TenantId tenant, UserId user, String id, Optional<String> summary,
                               List<Optional<String>> accounts) {

        public EditTemplateCommand {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(summary, "summary");
            accounts = List.copyOf(accounts);
        }
    }
}
