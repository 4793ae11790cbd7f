package io.xinling.application.accounting;

import io.xinling.domain.accounting.Books;
import io.xinling.domain.kernel.TenantId;

/** Tenant settings of the books: may a preparer review their own voucher. */
public interface BooksSettingsUseCase {

    Books settings(TenantId tenant);

    Books allowSelfReview(TenantId tenant, boolean allow);
}
