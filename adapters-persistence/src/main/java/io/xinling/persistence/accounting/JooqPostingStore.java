package io.xinling.persistence.accounting;

import io.xinling.application.accounting.port.PostingStore;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.common.Jdbc;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;

/**
 * Posting's reads in one round trip, and its writes queued to go with the commit: the statements of
 * {@link JooqBooksRepository}, {@link JooqVoucherRepository} and {@link JooqLedgerRepository} sent together. PostgreSQL
 * runs them in order, so the books are locked before the vouchers, as a post through the repositories one by one locks
 * them.
 *
 * <p>The transaction first sets {@code plan_cache_mode} to generic plans. Posting's statements find rows by key (the
 * tenant, an array of voucher ids), so their best plan never depends on the values; but with an array parameter
 * PostgreSQL estimates the generic plan dearer than a custom one and planned the status update and both voucher reads
 * again on every execution: in {@code pg_stat_statements} over {@code voucher-post-http} that planning took more
 * server time (14.5 s) than those statements' execution, about a fifth of the server's CPU per voucher.
 */
public final class JooqPostingStore implements PostingStore {

    private static final String LOCK = "set local plan_cache_mode = force_generic_plan;\n" + JooqBooksRepository.BOOKS_SHARED
            + ";\n" + JooqVoucherRepository.LOCK_ALL;
    private static final String POST = JooqVoucherRepository.STATUSES + ";\n" + JooqLedgerRepository.UPSERT;

    private final Jdbc jdbc;

    public JooqPostingStore(DSLContext dsl) {
        this.jdbc = new Jdbc(dsl);
    }

    @Override
    public Optional<Locked> lock(TenantId tenant, List<VoucherId> ids) {
        Long[] keys = JooqVoucherRepository.lockKeys(ids);
        List<Object> results = jdbc.queries(LOCK, List.of(JooqBooksRepository::toBooks, VoucherRows::headers,
                VoucherRows::linesByVoucher), tenant.value(), tenant.value(), keys, tenant.value(), keys);
        @SuppressWarnings("unchecked")
        Optional<Books> books = (Optional<Books>) results.get(0);
        // without books nothing is locked: their row does not exist, and a tenant without books has no vouchers
        return books.map(b -> new Locked(b, JooqVoucherRepository.locked(results.get(1), results.get(2))));
    }

    @Override
    public void post(TenantId tenant, List<Voucher> posted) {
        if (posted.isEmpty()) {
            return;
        }
        Object[] statuses = JooqVoucherRepository.statusArgs(tenant, posted);
        // a posted voucher has lines (VoucherRules), so there are balance rows to add
        Object[] balances = java.util.Objects.requireNonNull(JooqLedgerRepository.upsertArgs(tenant, posted, 1));
        // nothing reads their outcome: they go with the commit (or the transaction's next statement), and a failure
        // fails the transaction as a whole, as a failed post did before
        jdbc.later(POST, Jdbc.concat(statuses, balances));
    }
}
