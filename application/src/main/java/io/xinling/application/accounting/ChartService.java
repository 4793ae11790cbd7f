package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.BooksRepository;
import io.xinling.application.accounting.port.VoucherRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.accounting.Account;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.PaymentAccounts;
import io.xinling.domain.accounting.SmallEnterpriseChart;
import io.xinling.domain.accounting.TaxLocation;
import io.xinling.domain.accounting.TaxpayerKind;
import io.xinling.domain.accounting.generation.TemplateAccounts;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.settlement.PaymentMethod;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The chart and the books' settings. */
public final class ChartService implements ChartUseCase, BooksSettingsUseCase, PaymentMethodsUseCase {

    private final Transactor transactor;
    private final BooksAccess books;
    private final BooksRepository repository;
    private final VoucherRepository vouchers;

    ChartService(Transactor transactor, BooksAccess books, BooksRepository repository, VoucherRepository vouchers) {
        this.transactor = transactor;
        this.books = books;
        this.repository = repository;
        this.vouchers = vouchers;
    }

    @Override
    public ChartOfAccounts chart(TenantId tenant) {
        return transactor.<AccountingError, ChartOfAccounts>inTransaction(() -> {
            books.shared(tenant);
            return Either.right(books.chart(tenant));
        }).get();
    }

    @Override
    public Either<AccountingError, Account> addSubAccount(AddSubAccountCommand c) {
        return AccountCode.parse("code", c.code()).flatMap(code -> dimensions(c.requiredDimensions())
                .flatMap(dims -> transactor.inTransaction(() -> {
                    Books locked = books.exclusive(c.tenant());
                    ChartOfAccounts chart = books.chart(c.tenant());
                    Set<AccountCode> edited = books.templates(c.tenant(), locked).accounts();
                    return chart.newSubAccount(code, c.name(), dims)
                            .filterOrElse(account -> code.parent().forAll(p -> !TemplateAccounts.blocksSubAccountsOf(chart, p)
                                            || PaymentAccounts.openForSubAccounts(p)),
                                    account -> new AccountingError.TemplateAccountConflict(code.parent().get().value()))
                            .filterOrElse(account -> code.parent().forAll(p -> !edited.contains(p)),
                                    account -> new AccountingError.TemplateAccountConflict(code.parent().get().value()))
                            .filterOrElse(account -> code.parent().forAll(p -> !vouchers.hasLines(c.tenant(), p)),
                                    account -> new AccountingError.AccountHasPostings(code.parent().get().value()))
                            .peek(account -> repository.addAccount(c.tenant(), account));
                })));
    }

    @Override
    public Map<PaymentMethod, AccountCode> paymentAccounts(TenantId tenant) {
        return transactor.<AccountingError, Map<PaymentMethod, AccountCode>>inTransaction(() -> {
            books.shared(tenant);
            return Either.right(PaymentAccounts.of(repository.paymentAccounts(tenant)));
        }).get();
    }

    @Override
    public Either<AccountingError, Map<PaymentMethod, AccountCode>> mapPaymentMethod(TenantId tenant, PaymentMethod method,
                                                                                    String account) {
        return AccountCode.parse("account", account).flatMap(code -> transactor.inTransaction(() -> {
            books.exclusive(tenant);
            return PaymentAccounts.check(books.chart(tenant), method, code).map(ok -> {
                repository.setPaymentAccount(tenant, method, ok);
                return PaymentAccounts.of(repository.paymentAccounts(tenant));
            });
        }));
    }

    @Override
    public Books settings(TenantId tenant) {
        return transactor.<AccountingError, Books>inTransaction(() -> Either.right(books.shared(tenant))).get();
    }

    @Override
    public Books allowSelfReview(TenantId tenant, boolean allow) {
        return transactor.<AccountingError, Books>inTransaction(() -> {
            books.exclusive(tenant);
            repository.setAllowSelfReview(tenant, allow);
            return Either.right(books.exclusive(tenant));
        }).get();
    }

    @Override
    public Either<AccountingError, Books> taxSettings(TenantId tenant, TaxpayerKind kind, TaxLocation location) {
        return transactor.inTransaction(() -> {
            Books current = books.exclusive(tenant);
            Either<AccountingError, Boolean> chart = current.taxpayerKind() == kind ? Either.right(false)
                    : vatColumnsFor(tenant, kind);
            return chart.map(changed -> {
                repository.setTaxSettings(tenant, kind, location);
                return books.exclusive(tenant);
            });
        });
    }

    /**
     * 3.2: a general taxpayer posts VAT to the special columns below 222101, a small-scale one to 222101 itself, which
     * must then be a leaf. The columns go (or come back) with the switch, refused while what goes carries lines.
     */
    private Either<AccountingError, Boolean> vatColumnsFor(TenantId tenant, TaxpayerKind kind) {
        ChartOfAccounts chart = books.chart(tenant);
        if (kind == TaxpayerKind.SMALL_SCALE) {
            List<Account> columns = chart.accounts().stream().filter(a -> SmallEnterpriseChart.isVatColumn(a.code())).toList();
            for (Account column : columns) {
                if (vouchers.hasLines(tenant, column.code())) {
                    return Either.left(new AccountingError.TaxpayerKindConflict(column.code().value()));
                }
            }
            columns.forEach(column -> repository.removeAccount(tenant, column.code()));
            return Either.right(true);
        }
        if (vouchers.hasLines(tenant, SmallEnterpriseChart.VAT)) {
            return Either.left(new AccountingError.TaxpayerKindConflict(SmallEnterpriseChart.VAT.value()));
        }
        SmallEnterpriseChart.vatColumns().stream().filter(a -> chart.find(a.code()).isEmpty())
                .forEach(a -> repository.addAccount(tenant, a));
        return Either.right(true);
    }

    private static Either<AccountingError, Set<Dimension>> dimensions(List<String> names) {
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        for (String name : names == null ? List.<String>of() : names) {
            var dimension = Dimension.fromWireName(name);
            if (dimension.isEmpty()) {
                return Either.left(new AccountingError.InvalidField("requiredDimensions", "unknown dimension '" + name + "'"));
            }
            dims.add(dimension.get());
        }
        return Either.right(dims);
    }
}
