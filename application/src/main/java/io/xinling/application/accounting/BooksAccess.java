package io.xinling.application.accounting;

import io.xinling.application.accounting.port.BooksRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.SmallEnterpriseChart;
import io.xinling.domain.accounting.generation.TenantTemplates;
import io.xinling.domain.kernel.TenantId;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a tenant's books inside the caller's transaction. Books are seeded on first use with the
 * 小企业会计准则 chart (so creating a tenant needs no accounting call, and tenants created before this
 * context existed get their chart too); the insert is idempotent under concurrency.
 */
final class BooksAccess {

    /** What a transaction keeps ({@link Transactor#kept}) once it holds a tenant's books exclusively: no reuse. */
    private static final Object EXCLUSIVE = new Object();

    private final Transactor transactor;
    private final BooksRepository books;
    private final Clock clock;
    /** The last chart read per tenant, with the chart version it was read under. */
    private final java.util.concurrent.ConcurrentMap<TenantId, VersionedChart> charts =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record VersionedChart(long version, ChartOfAccounts chart) {
    }

    /** The last voucher templates read per tenant, with the templates version they were read under. */
    private final java.util.concurrent.ConcurrentMap<TenantId, VersionedTemplates> templates =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record VersionedTemplates(long version, TenantTemplates templates) {
    }

    /** The key under which a transaction keeps a tenant's books read under its shared lock. */
    private record Held(TenantId tenant) {
    }

    /** The key under which a transaction keeps the generation mode read with those books, when it was. */
    private record HeldMode(TenantId tenant) {
    }

    BooksAccess(Transactor transactor, BooksRepository books, Clock clock) {
        this.transactor = transactor;
        this.books = books;
        this.clock = clock;
    }

    /**
     * The books under a shared lock held to the end of the caller's transaction. Read once per transaction: the lock
     * keeps them as they were read, unless the transaction itself locks them exclusively (to change them).
     */
    Books shared(TenantId tenant) {
        Optional<Map<Object, Object>> kept = transactor.kept();
        Object known = kept.map(k -> k.get(new Held(tenant))).orElse(null);
        if (known instanceof Books held) {
            return held;
        }
        BooksRepository.SharedBooks read = books.lockSharedWithMode(tenant).orElseGet(() -> {
            books.initialize(tenant, SmallEnterpriseChart.accounts(), clock.instant());
            return books.lockSharedWithMode(tenant).orElseThrow();
        });
        if (known == null) {
            kept.ifPresent(k -> {
                k.put(new Held(tenant), read.books());
                read.mode().ifPresent(mode -> k.put(new HeldMode(tenant), mode));
            });
        }
        return read.books();
    }

    /** The generation mode this transaction read with the books under their shared lock, if it did. */
    Optional<GenerationMode> keptMode(TenantId tenant) {
        return transactor.kept().map(k -> k.get(new HeldMode(tenant))).map(GenerationMode.class::cast);
    }

    Books exclusive(TenantId tenant) {
        transactor.kept().ifPresent(k -> {
            k.put(new Held(tenant), EXCLUSIVE);
            k.remove(new HeldMode(tenant));
        });
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

    /**
     * The tenant's voucher templates as of {@code locked}, the books this transaction read under their lock: the built-in
     * set, read from nowhere, while the books' templates version is 0 (no edit ever); else the revisions read last under
     * the same version, or read now and kept. An edit gives the books a new version under their exclusive lock, as a
     * chart change does ({@link #chart(TenantId, Books)}), so posting adds no statement while the templates stay as read.
     */
    TenantTemplates templates(TenantId tenant, Books locked) {
        if (locked.templatesVersion() == 0) {
            return TenantTemplates.BUILT_IN;
        }
        VersionedTemplates known = templates.get(tenant);
        if (known != null && known.version() == locked.templatesVersion()) {
            return known.templates();
        }
        TenantTemplates read = TenantTemplates.of(books.templateRevisions(tenant));
        templates.put(tenant, new VersionedTemplates(locked.templatesVersion(), read));
        return read;
    }
}
