package io.xinling.application.accounting;

import io.xinling.application.accounting.port.BooksRepository;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.SmallEnterpriseChart;
import io.xinling.domain.kernel.TenantId;

import java.time.Clock;

/**
 * Opens a tenant's books inside the caller's transaction. Books are seeded on first use with the
 * 小企业会计准则 chart (so creating a tenant needs no accounting call, and tenants created before this
 * context existed get their chart too); the insert is idempotent under concurrency.
 */
final class BooksAccess {

    private final BooksRepository books;
    private final Clock clock;
    /** The last chart read per tenant, with the chart version it was read under. */
    private final java.util.concurrent.ConcurrentMap<TenantId, VersionedChart> charts =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record VersionedChart(long version, ChartOfAccounts chart) {
    }

    BooksAccess(BooksRepository books, Clock clock) {
        this.books = books;
        this.clock = clock;
    }

    Books shared(TenantId tenant) {
        return books.lockShared(tenant).orElseGet(() -> {
            books.initialize(tenant, SmallEnterpriseChart.accounts(), clock.instant());
            return books.lockShared(tenant).orElseThrow();
        });
    }

    Books exclusive(TenantId tenant) {
        return books.lockExclusive(tenant).orElseGet(() -> {
            books.initialize(tenant, SmallEnterpriseChart.accounts(), clock.instant());
            return books.lockExclusive(tenant).orElseThrow();
        });
    }

    /** The chart for a read, seeding the books first when this tenant has none yet. */
    ChartOfAccounts chartSeeded(TenantId tenant) {
        java.util.List<io.xinling.domain.accounting.Account> accounts = books.accounts(tenant);
        if (accounts.isEmpty()) {
            books.initialize(tenant, SmallEnterpriseChart.accounts(), clock.instant());
            accounts = books.accounts(tenant);
        }
        return ChartOfAccounts.of(accounts);
    }

    ChartOfAccounts chart(TenantId tenant) {
        return ChartOfAccounts.of(books.accounts(tenant));
    }

    /**
     * The whole chart as of {@code locked}, the books this transaction read under their lock ({@link #shared} or
     * {@link #exclusive}) before any change of the chart: the chart read last under the same version is reused, else
     * it is read and kept. A chart change on any node gives the books a new version in its transaction, and the lock
     * keeps it from committing while this transaction runs, so the chart returned is the one committed.
     */
    ChartOfAccounts chart(TenantId tenant, Books locked) {
        if (locked.chartVersion() == 0) {
            return chart(tenant);
        }
        VersionedChart known = charts.get(tenant);
        if (known != null && known.version() == locked.chartVersion()) {
            return known.chart();
        }
        ChartOfAccounts chart = chart(tenant);
        charts.put(tenant, new VersionedChart(locked.chartVersion(), chart));
        return chart;
    }
}
