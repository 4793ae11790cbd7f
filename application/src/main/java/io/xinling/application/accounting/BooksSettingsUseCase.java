package io.xinling.application.accounting;

import io.xinling.domain.accounting.TaxLocation;
import io.xinling.domain.accounting.TaxpayerKind;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.kernel.TenantId;

/** Tenant settings of the books: may a preparer review their own voucher; taxpayer kind and tax location. */
public interface BooksSettingsUseCase {

    Books settings(TenantId tenant);

    Books allowSelfReview(TenantId tenant, boolean allow);

    /** The VAT taxpayer kind and the location (城建税 rate) the VAT return and the period-end vouchers use. */
    Books taxSettings(TenantId tenant, TaxpayerKind kind, TaxLocation location);
}
