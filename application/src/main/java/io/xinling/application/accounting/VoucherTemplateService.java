package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.BooksRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.generation.TemplateCatalog;
import io.xinling.domain.accounting.generation.TemplateEdits;
import io.xinling.domain.accounting.generation.TemplateRevision;
import io.xinling.domain.accounting.generation.TemplateView;
import io.xinling.domain.accounting.generation.TenantTemplates;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.Clock;
import java.util.List;

/**
 * The tenant's voucher templates: read under the books' shared lock, edited under their exclusive one (as a chart change
 * is), so a posting either ran before the edit with the old version or runs after it with the new one.
 */
public final class VoucherTemplateService implements VoucherTemplatesUseCase {

    private final Transactor transactor;
    private final BooksAccess books;
    private final BooksRepository repository;
    private final Clock clock;

    VoucherTemplateService(Transactor transactor, BooksAccess books, BooksRepository repository, Clock clock) {
        this.transactor = transactor;
        this.books = books;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public List<TemplateView> list(TenantId tenant) {
        return transactor.<AccountingError, List<TemplateView>>inTransaction(() -> {
            TenantTemplates templates = books.templates(tenant, books.shared(tenant));
            return Either.right(TemplateCatalog.all().stream().map(templates::current).toList());
        }).get();
    }

    @Override
    public Either<AccountingError, TemplateView> find(TenantId tenant, String id) {
        return read(tenant, id, (templates, builtIn) -> templates.current(builtIn));
    }

    @Override
    public Either<AccountingError, List<TemplateView>> versions(TenantId tenant, String id) {
        return read(tenant, id, TenantTemplates::versions);
    }

    @Override
    public Either<AccountingError, TemplateView> edit(EditTemplateCommand c) {
        return builtIn(c.id()).flatMap(builtIn -> transactor.inTransaction(() -> {
            Books locked = books.exclusive(c.tenant());
            TemplateView current = books.templates(c.tenant(), locked).current(builtIn);
            return TemplateEdits.edit(builtIn, current, books.chart(c.tenant(), locked), c.summary(), c.accounts())
                    .map(revision -> unchanged(current, revision) ? current : store(c.tenant(), c.user(), builtIn, revision));
        }));
    }

    @Override
    public Either<AccountingError, TemplateView> reset(TenantId tenant, UserId user, String id) {
        return builtIn(id).flatMap(builtIn -> transactor.inTransaction(() -> {
            TemplateView current = books.templates(tenant, books.exclusive(tenant)).current(builtIn);
            return Either.right(TemplateEdits.reset(builtIn, current).map(r -> store(tenant, user, builtIn, r))
                    .orElse(current));
        }));
    }

    private interface Reading<T> {
        T of(TenantTemplates templates, TemplateView builtIn);
    }

    private <T> Either<AccountingError, T> read(TenantId tenant, String id, Reading<T> reading) {
        return builtIn(id).flatMap(builtIn -> transactor.inTransaction(() ->
                Either.right(reading.of(books.templates(tenant, books.shared(tenant)), builtIn))));
    }

    private static Either<AccountingError, TemplateView> builtIn(String id) {
        return TemplateCatalog.find(id).<Either<AccountingError, TemplateView>>map(Either::right)
                .orElseGet(() -> Either.left(new AccountingError.TemplateNotFound(id)));
    }

    private static boolean unchanged(TemplateView current, TemplateRevision revision) {
        return revision.summary().equals(current.summary()) && revision.accounts().stream().map(a -> a.value()).toList()
                .equals(current.lines().stream().map(TemplateView.Line::account).toList());
    }

    private TemplateView store(TenantId tenant, UserId user, TemplateView builtIn, TemplateRevision revision) {
        repository.addTemplateRevision(tenant, revision, clock.instant(), user);
        return builtIn.revised(revision);
    }
}
