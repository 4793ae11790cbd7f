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
import io.xinling.domain.kernel.TenantId;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The chart and the books' settings. */
public final class ChartService implements ChartUseCase, BooksSettingsUseCase {

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
                    books.exclusive(c.tenant());
                    ChartOfAccounts chart = books.chart(c.tenant());
                    return chart.newSubAccount(code, c.name(), dims)
                            .filterOrElse(account -> code.parent().forAll(p -> !vouchers.hasLines(c.tenant(), p)),
                                    account -> new AccountingError.AccountHasPostings(code.parent().get().value()))
                            .peek(account -> repository.addAccount(c.tenant(), account));
                })));
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
    public Books taxSettings(TenantId tenant, io.xinling.domain.accounting.TaxpayerKind kind,
                             io.xinling.domain.accounting.TaxLocation location) {
        return transactor.<AccountingError, Books>inTransaction(() -> {
            books.exclusive(tenant);
            repository.setTaxSettings(tenant, kind, location);
            return Either.right(books.exclusive(tenant));
        }).get();
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
