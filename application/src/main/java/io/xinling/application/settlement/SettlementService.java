package io.xinling.application.settlement;

import io.vavr.control.Either;
import io.xinling.application.partner.FindPartnersUseCase;
import io.xinling.application.port.Transactor;
import io.xinling.application.settlement.port.SettlementPostings;
import io.xinling.application.settlement.port.SettlementRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.domain.partner.Partner;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.settlement.Allocation;
import io.xinling.domain.settlement.ItemKind;
import io.xinling.domain.settlement.ItemSide;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.SettlementError;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.WriteOff;
import io.xinling.domain.settlement.WriteOffRule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Receivables and payables: items from posted documents, receipts and payments, write-offs and their
 * reversal. Every write-off locks the items it touches in ascending id order before it checks them, so
 * two nodes writing off the same item serialize and never over-apply.
 */
public final class SettlementService implements RecordOpenItemUseCase, RecordReceiptUseCase, WriteOffUseCase,
        ReverseOpenItemUseCase {

    private final Transactor transactor;
    private final SettlementRepository repository;
    private final FindPartnersUseCase partners;
    private final SettlementPostings postings;
    private final Clock clock;

    public SettlementService(Transactor transactor, SettlementRepository repository, FindPartnersUseCase partners,
                             Clock clock) {
        this(transactor, repository, partners, clock, SettlementPostings.NONE);
    }

    /** As above, telling {@code postings} (the books) of every receipt, payment and write-off in its transaction. */
    public SettlementService(Transactor transactor, SettlementRepository repository, FindPartnersUseCase partners,
                             Clock clock, SettlementPostings postings) {
        this.postings = postings;
        this.transactor = transactor;
        this.repository = repository;
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public Either<SettlementError, SettlementItem> recordOpenItem(RecordOpenItemCommand c) {
        if (!c.amount().isPositive()) {
            return Either.left(new SettlementError.NonPositiveAmount("amount", c.amount().format()));
        }
        if (!c.rate().currency().equals(c.amount().currency())) {
            return Either.left(new SettlementError.InvalidField("exchangeRate", "not for " + c.amount().currency()));
        }
        if (c.bookAmount().filter(b -> !b.currency().equals(Money.CNY)).isPresent()) {
            return Either.left(new SettlementError.InvalidField("bookAmount", "a CNY amount"));
        }
        // every refusal comes before the insert (a source already recorded inserts nothing): no savepoint is needed
        return transactor.joining(() -> postings.requireOpen(c.tenant(), "date", c.date())
                .flatMap(open -> partner(c.tenant(), c.partner(), c.ledger())).flatMap(p -> {
            LocalDate due = c.dueDate().orElse(c.date().plusDays(p.terms().paymentTermDays()));
            NewItem item = new NewItem(c.partner(), c.ledger(), c.side(), ItemKind.DOCUMENT, c.source().type(),
                    Optional.of(c.source().reference()), c.date(), due, c.amount(), c.rate(),
                    c.bookAmount().orElseGet(() -> c.rate().toBook(c.amount())), Optional.empty());
            return insert(c.tenant(), item);
        }));
    }

    @Override
    public Either<SettlementError, SettlementItem> reverseOpenItem(TenantId tenant, SettlementItemId id, LocalDate date) {
        return transactor.inTransaction(() -> {
            SettlementItem item = repository.lock(tenant, List.of(id)).get(id);
            if (item == null) {
                return Either.left(new SettlementError.OpenItemNotFound(id.value()));
            }
            if (!item.open().equals(item.amount())) {
                return Either.left(new SettlementError.AlreadyWrittenOff(id.value(), item.open().format(),
                        item.amount().format()));
            }
            LocalDate on = date.isBefore(item.earliestMatchDate()) ? item.earliestMatchDate() : date;
            Either<SettlementError, LocalDate> open = postings.requireOpen(tenant, "date", on);
            if (open.isLeft()) {
                return Either.left(open.getLeft());
            }
            ItemSide side = item.side() == ItemSide.DEBIT ? ItemSide.CREDIT : ItemSide.DEBIT;
            NewItem counter = new NewItem(item.partner(), item.ledger(), side, ItemKind.DOCUMENT,
                    item.source().type() + "-cancel", Optional.of(item.source().reference()), on, on, item.amount(),
                    item.rate(), item.bookAmount(), Optional.empty());
            return insert(tenant, counter).map(reversal -> {
                SettlementItem debit = side == ItemSide.DEBIT ? reversal : item;
                SettlementItem credit = side == ItemSide.DEBIT ? item : reversal;
                repository.saveOpen(tenant, item.matched(item.open().minus(item.open()), on));
                repository.saveOpen(tenant, reversal.matched(reversal.open().minus(reversal.open()), on));
                repository.insertWriteOff(tenant, new NewWriteOff(item.partner(), item.ledger(), debit.id(), credit.id(),
                        item.amount(), on, Optional.empty()), Optional.empty(), clock.instant());
                return reversal;
            });
        });
    }

    @Override
    public Either<SettlementError, WriteOffResult> recordReceipt(RecordReceiptCommand c) {
        if (!c.amount().isPositive()) {
            return Either.left(new SettlementError.NonPositiveAmount("amount", c.amount().format()));
        }
        if (c.kind() == ItemKind.DOCUMENT || !c.rate().currency().equals(c.amount().currency())) {
            return Either.left(new SettlementError.InvalidField("kind", "a receipt or an advance in its own currency"));
        }
        String type = c.ledger() == Ledger.RECEIVABLE ? "receipt" : "payment";
        // every refusal comes before the insert (a source already recorded inserts nothing): no savepoint is needed
        return transactor.joining(() -> postings.requireOpen(c.tenant(), "date", c.date())
                .flatMap(open -> partner(c.tenant(), c.partner(), c.ledger())).flatMap(p -> {
            NewItem item = new NewItem(c.partner(), c.ledger(), ItemSide.CREDIT, c.kind(), type, c.reference(),
                    c.date(), c.date(), c.amount(), c.rate(), c.rate().toBook(c.amount()), Optional.of(c.method()));
            return insert(c.tenant(), item).flatMap(receipt -> c.allocations().isEmpty()
                    ? postings.received(c.tenant(), receipt).map(r -> new WriteOffResult(r, List.of(), List.of()))
                    : apply(c.tenant(), c.user(), receipt.id(), c.date(), c.allocations())
                            .flatMap(applied -> postings.receivedAndMatched(c.tenant(), receipt, applied.charges(),
                                    applied.result().writeOffs()).map(made -> applied.result())));
        }));
    }

    @Override
    public Either<SettlementError, WriteOffResult> applyCredit(ApplyCreditCommand c) {
        return transactor.inTransaction(() -> postings.requireOpen(c.tenant(), "date", c.date())
                .flatMap(open -> writeOff(c.tenant(), c.user(), c.credit(), c.date(), c.allocations())));
    }

    @Override
    public Either<SettlementError, WriteOff> reverse(ReverseWriteOffCommand c) {
        return transactor.inTransaction(() -> repository.findWriteOff(c.tenant(), c.writeOff())
                .<Either<SettlementError, WriteOff>>map(original -> postings.requireOpen(c.tenant(), "date", c.date())
                        .flatMap(open -> reverse(c, original)))
                .orElseGet(() -> Either.left(new SettlementError.WriteOffNotFound(c.writeOff().value()))));
    }

    private Either<SettlementError, WriteOff> reverse(ReverseWriteOffCommand c, WriteOff original) {
        Map<SettlementItemId, SettlementItem> items = repository.lock(c.tenant(), List.of(original.debit(), original.credit()));
        SettlementItem charge = items.get(original.debit());
        SettlementItem credit = items.get(original.credit());
        boolean reversed = repository.isReversed(c.tenant(), original.id());
        return WriteOffRule.reversal(original, reversed, c.date(), charge, credit).map(negated -> {
            repository.saveOpen(c.tenant(), charge.matched(charge.open().minus(negated), c.date()));
            repository.saveOpen(c.tenant(), credit.matched(credit.open().minus(negated), c.date()));
            return repository.insertWriteOff(c.tenant(), new NewWriteOff(original.partner(), original.ledger(),
                    original.debit(), original.credit(), negated, c.date(), Optional.of(original.id())),
                    Optional.of(c.user()), clock.instant());
        }).flatMap(reversal -> postings.matched(c.tenant(), credit, Map.of(charge.id(), charge), List.of(reversal))
                .map(made -> reversal));
    }

    private Either<SettlementError, WriteOffResult> writeOff(TenantId tenant, UserId user, SettlementItemId creditId,
                                                             LocalDate date, List<Allocation> allocations) {
        return apply(tenant, user, creditId, date, allocations).flatMap(applied -> postings.matched(tenant,
                applied.credit(), applied.charges(), applied.result().writeOffs()).map(made -> applied.result()));
    }

    /** Write-offs made, with the credit and the charges as they stood before them (for the books). */
    private record Applied(WriteOffResult result, SettlementItem credit, Map<SettlementItemId, SettlementItem> charges) {
    }

    private Either<SettlementError, Applied> apply(TenantId tenant, UserId user, SettlementItemId creditId,
                                                   LocalDate date, List<Allocation> allocations) {
        Set<SettlementItemId> ids = new LinkedHashSet<>();
        ids.add(creditId);
        allocations.forEach(a -> ids.add(a.item()));
        Map<SettlementItemId, SettlementItem> locked = repository.lock(tenant, ids);
        SettlementItem credit = locked.get(creditId);
        if (credit == null) {
            return Either.left(new SettlementError.OpenItemNotFound(creditId.value()));
        }
        return WriteOffRule.check(credit, locked, allocations, date).map(ok -> {
            List<WriteOff> made = new ArrayList<>();
            List<SettlementItem> charges = new ArrayList<>();
            Money applied = Money.zero(credit.amount().currency());
            for (Allocation a : allocations) {
                SettlementItem charge = locked.get(a.item());
                SettlementItem after = charge.matched(charge.open().minus(a.amount()), date);
                repository.saveOpen(tenant, after);
                charges.add(after);
                made.add(repository.insertWriteOff(tenant, new NewWriteOff(credit.partner(), credit.ledger(), a.item(),
                        creditId, a.amount(), date, Optional.empty()), Optional.of(user), clock.instant()));
                applied = applied.plus(a.amount());
            }
            SettlementItem creditAfter = credit.matched(credit.open().minus(applied), date);
            repository.saveOpen(tenant, creditAfter);
            return new Applied(new WriteOffResult(creditAfter, made, charges), credit, locked);
        });
    }

    private Either<SettlementError, SettlementItem> insert(TenantId tenant, NewItem item) {
        return repository.insertItem(tenant, item, clock.instant())
                .<Either<SettlementError, SettlementItem>>map(Either::right)
                .orElseGet(() -> Either.left(new SettlementError.SourceConflict(item.sourceType() + " "
                        + item.sourceRef().orElse(""))));
    }

    private Either<SettlementError, Partner> partner(TenantId tenant, PartnerId id, Ledger ledger) {
        return partners.partner(tenant, id)
                .<SettlementError>mapLeft(e -> new SettlementError.PartnerNotFound(id.value()))
                .filterOrElse(p -> ledger == Ledger.RECEIVABLE ? p.isCustomer() : p.isSupplier(),
                        p -> new SettlementError.WrongPartnerRole(id.value(), ledger));
    }
}
