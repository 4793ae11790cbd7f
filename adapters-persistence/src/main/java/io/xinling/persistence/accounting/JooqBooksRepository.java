package io.xinling.persistence.accounting;

import io.xinling.application.accounting.GenerationMode;
import io.xinling.application.accounting.port.BooksRepository;
import io.xinling.domain.accounting.Account;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.AccountType;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.CloseGate;
import io.xinling.domain.accounting.CloseWaiver;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.Direction;
import io.xinling.domain.accounting.TaxLocation;
import io.xinling.domain.accounting.TaxpayerKind;
import io.xinling.domain.accounting.generation.TemplateRevision;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.domain.settlement.PaymentMethod;
import io.xinling.persistence.jooq.tables.records.AccountsRecord;
import io.xinling.persistence.common.Jdbc;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.xinling.persistence.jooq.Tables.ACCOUNTING_BOOKS;
import static io.xinling.persistence.jooq.Tables.ACCOUNTS;
import static io.xinling.persistence.jooq.Tables.PAYMENT_METHOD_ACCOUNTS;
import static io.xinling.persistence.jooq.Tables.PERIOD_CLOSES;
import static io.xinling.persistence.jooq.Tables.PERIOD_CLOSE_WAIVERS;
import static io.xinling.persistence.jooq.Tables.PERIOD_EVENTS;
import static io.xinling.persistence.jooq.Tables.VOUCHER_TEMPLATE_REVISIONS;

public final class JooqBooksRepository implements BooksRepository {

    /** Every posting reads the books under a lock first: fixed SQL (see {@link Jdbc}). */
    private static final String BOOKS = "select closed_through, allow_self_review, taxpayer_kind, tax_location, chart_version, "
            + "templates_version from accounting_books where tenant_id = ?";
    static final String BOOKS_SHARED = BOOKS + " for share";
    private static final String BOOKS_EXCLUSIVE = BOOKS + " for update";
    /**
     * {@link #BOOKS_SHARED} with the generation mode (no row: on posting, as {@link JooqGenerationRepository} reads it).
     * "for share of b": the settings row is read, not locked; setting the mode takes the books' exclusive lock.
     */
    private static final String BOOKS_SHARED_WITH_MODE = "select b.closed_through, b.allow_self_review, b.taxpayer_kind, "
            + "b.tax_location, b.chart_version, b.templates_version, g.mode from accounting_books b "
            + "left join voucher_generation_settings g on g.tenant_id = b.tenant_id where b.tenant_id = ? for share of b";

    private final DSLContext dsl;
    private final Jdbc jdbc;

    public JooqBooksRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.jdbc = new Jdbc(dsl);
    }

    @Override
    public void initialize(TenantId tenant, List<Account> chart, Instant at) {
        int created = dsl.insertInto(ACCOUNTING_BOOKS)
                .set(ACCOUNTING_BOOKS.TENANT_ID, tenant.value())
                .set(ACCOUNTING_BOOKS.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing().execute();
        if (created == 1) {
            dsl.batchInsert(chart.stream().map(a -> accountRecord(tenant, a)).toList()).execute();
        }
    }

    @Override
    public Optional<Books> lockShared(TenantId tenant) {
        return jdbc.query(BOOKS_SHARED, JooqBooksRepository::toBooks, tenant.value());
    }

    @Override
    public Optional<SharedBooks> lockSharedWithMode(TenantId tenant) {
        return jdbc.query(BOOKS_SHARED_WITH_MODE, rows -> {
            Optional<Books> books = toBooks(rows);
            String mode = books.isPresent() ? rows.getString(7) : null;
            return books.map(b -> new SharedBooks(b, Optional.of(mode == null ? GenerationMode.ON_POSTING
                    : GenerationMode.valueOf(mode))));
        }, tenant.value());
    }

    @Override
    public Optional<Books> lockExclusive(TenantId tenant) {
        return jdbc.query(BOOKS_EXCLUSIVE, JooqBooksRepository::toBooks, tenant.value());
    }

    @Override
    public void setClosedThrough(TenantId tenant, Optional<YearMonth> closedThrough) {
        dsl.update(ACCOUNTING_BOOKS).set(ACCOUNTING_BOOKS.CLOSED_THROUGH, closedThrough.map(p -> p.atDay(1)).orElse(null))
                .where(ACCOUNTING_BOOKS.TENANT_ID.eq(tenant.value())).execute();
    }

    @Override
    public void setAllowSelfReview(TenantId tenant, boolean allow) {
        dsl.update(ACCOUNTING_BOOKS).set(ACCOUNTING_BOOKS.ALLOW_SELF_REVIEW, allow)
                .where(ACCOUNTING_BOOKS.TENANT_ID.eq(tenant.value())).execute();
    }

    @Override
    public void setTaxSettings(TenantId tenant, TaxpayerKind kind, TaxLocation location) {
        dsl.update(ACCOUNTING_BOOKS).set(ACCOUNTING_BOOKS.TAXPAYER_KIND, kind.name())
                .set(ACCOUNTING_BOOKS.TAX_LOCATION, location.name())
                .where(ACCOUNTING_BOOKS.TENANT_ID.eq(tenant.value())).execute();
    }

    @Override
    public List<Account> accounts(TenantId tenant) {
        return dsl.selectFrom(ACCOUNTS).where(ACCOUNTS.TENANT_ID.eq(tenant.value())).orderBy(ACCOUNTS.CODE)
                .fetch(JooqBooksRepository::toAccount);
    }

    @Override
    public void addAccount(TenantId tenant, Account account) {
        dsl.executeInsert(accountRecord(tenant, account));
    }

    @Override
    public void removeAccount(TenantId tenant, io.xinling.domain.accounting.AccountCode code) {
        dsl.deleteFrom(ACCOUNTS).where(ACCOUNTS.TENANT_ID.eq(tenant.value()), ACCOUNTS.CODE.eq(code.value())).execute();
    }

    @Override
    public void recordClose(TenantId tenant, CloseRecord close, Instant at, UserId by) {
        dsl.insertInto(PERIOD_CLOSES)
                .set(PERIOD_CLOSES.TENANT_ID, tenant.value())
                .set(PERIOD_CLOSES.PERIOD, close.period().atDay(1))
                .set(PERIOD_CLOSES.PREVIOUS_CLOSED_THROUGH, close.previousClosedThrough().map(p -> p.atDay(1)).orElse(null))
                .set(PERIOD_CLOSES.CARRY_FORWARD_ID, close.carryForward().map(v -> v.value()).orElse(null))
                .set(PERIOD_CLOSES.CLOSED_AT, at.atOffset(ZoneOffset.UTC))
                .set(PERIOD_CLOSES.CLOSED_BY, by.value())
                .execute();
        event(tenant, close.period(), "CLOSE", at, by, null);
    }

    @Override
    public Map<PaymentMethod, AccountCode> paymentAccounts(TenantId tenant) {
        Map<PaymentMethod, AccountCode> out = new EnumMap<>(PaymentMethod.class);
        dsl.select(PAYMENT_METHOD_ACCOUNTS.METHOD, PAYMENT_METHOD_ACCOUNTS.ACCOUNT_CODE).from(PAYMENT_METHOD_ACCOUNTS)
                .where(PAYMENT_METHOD_ACCOUNTS.TENANT_ID.eq(tenant.value()))
                .forEach(r -> out.put(PaymentMethod.valueOf(r.value1()), AccountCode.of(r.value2())));
        return out;
    }

    @Override
    public void setPaymentAccount(TenantId tenant, PaymentMethod method, AccountCode account) {
        dsl.insertInto(PAYMENT_METHOD_ACCOUNTS)
                .set(PAYMENT_METHOD_ACCOUNTS.TENANT_ID, tenant.value())
                .set(PAYMENT_METHOD_ACCOUNTS.METHOD, method.name())
                .set(PAYMENT_METHOD_ACCOUNTS.ACCOUNT_CODE, account.value())
                .onConflict(PAYMENT_METHOD_ACCOUNTS.TENANT_ID, PAYMENT_METHOD_ACCOUNTS.METHOD)
                .doUpdate().set(PAYMENT_METHOD_ACCOUNTS.ACCOUNT_CODE, account.value())
                .execute();
    }

    @Override
    public List<TemplateRevision> templateRevisions(TenantId tenant) {
        return dsl.selectFrom(VOUCHER_TEMPLATE_REVISIONS).where(VOUCHER_TEMPLATE_REVISIONS.TENANT_ID.eq(tenant.value()))
                .orderBy(VOUCHER_TEMPLATE_REVISIONS.TEMPLATE_ID, VOUCHER_TEMPLATE_REVISIONS.VERSION)
                .fetch(r -> new TemplateRevision(r.getTemplateId(), r.getVersion(), r.getBuiltIn(), r.getSummary(),
                        Arrays.stream(r.getAccounts()).map(AccountCode::of).toList()));
    }

    @Override
    public void addTemplateRevision(TenantId tenant, TemplateRevision revision, Instant at, UserId by) {
        dsl.insertInto(VOUCHER_TEMPLATE_REVISIONS)
                .set(VOUCHER_TEMPLATE_REVISIONS.TENANT_ID, tenant.value())
                .set(VOUCHER_TEMPLATE_REVISIONS.TEMPLATE_ID, revision.templateId())
                .set(VOUCHER_TEMPLATE_REVISIONS.VERSION, revision.version())
                .set(VOUCHER_TEMPLATE_REVISIONS.BUILT_IN, revision.builtIn())
                .set(VOUCHER_TEMPLATE_REVISIONS.SUMMARY, revision.summary())
                .set(VOUCHER_TEMPLATE_REVISIONS.ACCOUNTS, revision.accounts().stream().map(AccountCode::value)
                        .toArray(String[]::new))
                .set(VOUCHER_TEMPLATE_REVISIONS.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(VOUCHER_TEMPLATE_REVISIONS.CREATED_BY, by.value())
                .execute();
        dsl.execute("update accounting_books set templates_version = nextval('voucher_template_set_seq') where tenant_id = ?",
                tenant.value());
    }

    @Override
    public void recordWaivers(TenantId tenant, YearMonth period, List<CloseWaiver> waivers, Instant at) {
        for (CloseWaiver w : waivers) {
            dsl.insertInto(PERIOD_CLOSE_WAIVERS)
                    .set(PERIOD_CLOSE_WAIVERS.TENANT_ID, tenant.value())
                    .set(PERIOD_CLOSE_WAIVERS.PERIOD, period.atDay(1))
                    .set(PERIOD_CLOSE_WAIVERS.WAIVED_AT, at.atOffset(ZoneOffset.UTC))
                    .set(PERIOD_CLOSE_WAIVERS.GATE, w.gate().wireName())
                    .set(PERIOD_CLOSE_WAIVERS.REASON, w.reason())
                    .set(PERIOD_CLOSE_WAIVERS.WAIVED_BY, w.by().value())
                    .set(PERIOD_CLOSE_WAIVERS.FINDINGS, w.findings().toArray(String[]::new))
                    .execute();
        }
    }

    @Override
    public List<CloseWaiver> waivers(TenantId tenant, YearMonth period) {
        return dsl.select(PERIOD_CLOSE_WAIVERS.GATE, PERIOD_CLOSE_WAIVERS.REASON, PERIOD_CLOSE_WAIVERS.WAIVED_BY,
                        PERIOD_CLOSE_WAIVERS.FINDINGS)
                .from(PERIOD_CLOSE_WAIVERS).join(PERIOD_CLOSES)
                .on(PERIOD_CLOSES.TENANT_ID.eq(PERIOD_CLOSE_WAIVERS.TENANT_ID),
                        PERIOD_CLOSES.PERIOD.eq(PERIOD_CLOSE_WAIVERS.PERIOD),
                        PERIOD_CLOSES.CLOSED_AT.eq(PERIOD_CLOSE_WAIVERS.WAIVED_AT))
                .where(PERIOD_CLOSE_WAIVERS.TENANT_ID.eq(tenant.value()), PERIOD_CLOSE_WAIVERS.PERIOD.eq(period.atDay(1)))
                .orderBy(PERIOD_CLOSE_WAIVERS.GATE)
                .fetch(r -> new CloseWaiver(CloseGate.fromWire(r.value1()).orElseThrow(), r.value2(),
                        new UserId(r.value3()), List.of(r.value4())));
    }

    @Override
    public Optional<CloseRecord> removeClose(TenantId tenant, YearMonth period, Instant at, UserId by, String reason) {
        Optional<CloseRecord> close = dsl.deleteFrom(PERIOD_CLOSES)
                .where(PERIOD_CLOSES.TENANT_ID.eq(tenant.value()), PERIOD_CLOSES.PERIOD.eq(period.atDay(1)))
                .returning().fetchOptional()
                .map(r -> new CloseRecord(period, Optional.ofNullable(r.getPreviousClosedThrough()).map(YearMonth::from),
                        Optional.ofNullable(r.getCarryForwardId()).map(io.xinling.domain.accounting.VoucherId::new)));
        close.ifPresent(c -> event(tenant, period, "REOPEN", at, by, reason));
        return close;
    }

    private void event(TenantId tenant, YearMonth period, String kind, Instant at, UserId by, String reason) {
        dsl.insertInto(PERIOD_EVENTS)
                .set(PERIOD_EVENTS.TENANT_ID, tenant.value())
                .set(PERIOD_EVENTS.PERIOD, period.atDay(1))
                .set(PERIOD_EVENTS.KIND, kind)
                .set(PERIOD_EVENTS.AT, at.atOffset(ZoneOffset.UTC))
                .set(PERIOD_EVENTS.BY_USER, by.value())
                .set(PERIOD_EVENTS.REASON, reason)
                .execute();
    }

    private AccountsRecord accountRecord(TenantId tenant, Account a) {
        AccountsRecord r = dsl.newRecord(ACCOUNTS);
        r.setTenantId(tenant.value());
        r.setCode(a.code().value());
        r.setName(a.name());
        r.setAccountType(a.type().name());
        r.setDirection(a.direction().name());
        r.setRequiredDimensions(a.requiredDimensions().stream().map(Dimension::wireName).sorted().toArray(String[]::new));
        return r;
    }

    private static Account toAccount(AccountsRecord r) {
        Set<Dimension> dims = Arrays.stream(r.getRequiredDimensions())
                .map(d -> Dimension.fromWireName(d).orElseThrow()).collect(Collectors.toSet());
        return new Account(AccountCode.of(r.getCode()), r.getName(), AccountType.valueOf(r.getAccountType()),
                Direction.valueOf(r.getDirection()), dims);
    }

    static Optional<Books> toBooks(java.sql.ResultSet r) throws java.sql.SQLException {
        if (!r.next()) {
            return Optional.empty();
        }
        LocalDate closed = r.getObject(1, LocalDate.class);
        return Optional.of(new Books(Optional.ofNullable(closed).map(YearMonth::from), r.getBoolean(2),
                TaxpayerKind.valueOf(r.getString(3)), TaxLocation.valueOf(r.getString(4)), r.getLong(5), r.getLong(6)));
    }
}
