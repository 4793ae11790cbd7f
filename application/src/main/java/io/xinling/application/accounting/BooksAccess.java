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

    /** The part of the chart that checks these lines (their accounts), as the whole chart would. */
    ChartOfAccounts chartFor(TenantId tenant, java.util.Collection<io.xinling.domain.accounting.VoucherLine> lines) {
        return chartFor(tenant, lines.stream().map(io.xinling.domain.accounting.VoucherLine::account)
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** The part of the chart that decides {@code leaf(code)} for every code given, as the whole chart would. */
    ChartOfAccounts chartFor(TenantId tenant, java.util.Set<io.xinling.domain.accounting.AccountCode> codes) {
        return ChartOfAccounts.of(books.accountsFor(tenant, codes));
    }
}
