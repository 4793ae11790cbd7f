package io.xinling.application.accounting.port;

import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.kernel.TenantId;

import java.util.List;
import java.util.Optional;

/**
 * What posting drafts reads and writes, as two calls an adapter can each make one round trip to the database: the
 * books with the drafts, both under their locks; then the drafts' new status with the balances they move. {@link #of}
 * makes one from the three repositories, a call per repository.
 */
public interface PostingStore {

    /** The books under their shared lock ({@link BooksRepository#lockShared}) and the vouchers under theirs. */
    record Locked(Books books, List<Voucher> vouchers) {
    }

    /**
     * Locks the books (shared) and then the vouchers that exist among {@code ids}, in id order
     * ({@link VoucherRepository#lockAll}); empty, having locked nothing, when the tenant's books are not seeded yet.
     */
    Optional<Locked> lock(TenantId tenant, List<VoucherId> ids);

    /** Stores the status and reviewer of posted drafts and adds their lines to the balances. */
    void post(TenantId tenant, List<Voucher> posted);

    static PostingStore of(BooksRepository books, VoucherRepository vouchers, LedgerRepository ledger) {
        return new PostingStore() {
            @Override
            public Optional<Locked> lock(TenantId tenant, List<VoucherId> ids) {
                return books.lockShared(tenant).map(b -> new Locked(b, vouchers.lockAll(tenant, ids)));
            }

            @Override
            public void post(TenantId tenant, List<Voucher> posted) {
                vouchers.updateStatuses(tenant, posted);
                ledger.apply(tenant, posted, 1);
            }
        };
    }
}
