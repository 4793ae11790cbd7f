package io.xinling.application.accounting;

import io.xinling.domain.accounting.TaxLocation;
import io.xinling.domain.accounting.TaxpayerKind;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.kernel.TenantId;

/** Tenant settings of the books: may a preparer review their own voucher; taxpayer kind and tax location. */
public interface BooksSettingsUseCase {

    Books settings(TenantId tenant);

    Books allowSelfReview(TenantId tenant, boolean allow);

    /**
     * The VAT taxpayer kind and the location (城建税 rate) the VAT return, the voucher templates and the period-end
     * vouchers use. The chart follows the kind (3.2): a small-scale taxpayer's 222101 is a leaf, a general taxpayer's
     * has the special columns; refused while the accounts the kind leaves carry voucher lines.
     */
    io.vavr.control.Either<io.xinling.domain.accounting.AccountingError, Books> taxSettings(TenantId tenant, TaxpayerKind kind,
                                                                                          TaxLocation location);
}
