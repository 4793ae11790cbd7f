package io.xinling.persistence.accounting;

import io.xinling.application.accounting.AccountingServices;
import io.xinling.application.accounting.HistoryRunner;
import io.xinling.application.tenancy.Tenant;
import io.xinling.domain.kernel.UserId;
import io.xinling.persistence.common.JooqTransactor;
import io.xinling.persistence.tenancy.JooqTenantRepository;
import io.xinling.persistence.tenancy.JooqUserRepository;
import io.xinling.persistence.testing.TestDatabase;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;

/** A fresh tenant with a preparer and a reviewer, and the accounting services on the jOOQ adapters. */
final class AccountingFixture {

    final DSLContext dsl = TestDatabase.database().dsl();
    final Tenant tenant = new JooqTenantRepository(dsl).create(TestDatabase.uniqueName("acc"), Instant.now()).orElseThrow();
    final UserId preparer = new JooqUserRepository(dsl).findOrCreate(tenant.id(), "preparer", Instant.now());
    final UserId reviewer = new JooqUserRepository(dsl).findOrCreate(tenant.id(), "reviewer", Instant.now());
    final JooqVoucherRepository vouchers = new JooqVoucherRepository(dsl, TestDatabase.database().numbers());
    final JooqLedgerRepository ledger = new JooqLedgerRepository(dsl);
    final JooqBooksRepository books = new JooqBooksRepository(dsl);
    final JooqTransactor transactor = new JooqTransactor(dsl);
    final AccountingServices services = new AccountingServices(transactor, books, vouchers, ledger, new JooqPostingStore(dsl),
            io.xinling.application.accounting.port.GenerationRepository.ON_POSTING_ONLY, HistoryRunner.CLOCK);

    HistoryRunner runner() {
        return new HistoryRunner(services, ledger,
                () -> vouchers.list(tenant.id(), LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)), tenant.id(), preparer, reviewer);
    }
}
