package io.xinling.application.settlement;

import io.vavr.control.Either;
import io.xinling.application.partner.FindPartnersUseCase;
import io.xinling.application.partner.PartnerFilter;
import io.xinling.application.port.Transactor;
import io.xinling.application.settlement.RecordOpenItemUseCase.RecordOpenItemCommand;
import io.xinling.application.settlement.RecordReceiptUseCase.RecordReceiptCommand;
import io.xinling.application.settlement.SettlementServiceArbitraries.Apply;
import io.xinling.application.settlement.SettlementServiceArbitraries.Document;
import io.xinling.application.settlement.SettlementServiceArbitraries.Op;
import io.xinling.application.settlement.SettlementServiceArbitraries.Receipt;
import io.xinling.application.settlement.SettlementServiceArbitraries.Reverse;
import io.xinling.application.settlement.WriteOffUseCase.ApplyCreditCommand;
import io.xinling.application.settlement.WriteOffUseCase.ReverseWriteOffCommand;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.domain.partner.CustomerTerms;
import io.xinling.domain.partner.Partner;
import io.xinling.domain.partner.PartnerError;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.partner.PartnerRole;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.settlement.Allocation;
import io.xinling.domain.settlement.ItemKind;
import io.xinling.domain.settlement.ItemSide;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.OpenAmounts;
import io.xinling.domain.settlement.PaymentMethod;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SourceDocument;
import io.xinling.domain.settlement.WriteOff;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settlement side of I-15 through the use cases: after every operation, per customer and date,
 * Σ open charges − Σ unapplied credits equals the balance from the raw history of what was recorded;
 * write-offs and reversals never change a balance; a refused operation writes nothing; a reversal
 * gives every item back exactly its open amount.
 */
class SettlementServiceProperties {

    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 1);
    private static final TenantId TENANT = new TenantId(1);
    private static final UserId USER = new UserId(1);
    private static final List<PartnerId> PARTNERS = List.of(new PartnerId(1), new PartnerId(2), new PartnerId(3));
    private static final int[] SAMPLE_DAYS = {0, 10, 30, 45, 60, 90, 100};

    private final InMemorySettlementRepository repository = new InMemorySettlementRepository();
    private final SettlementService service = new SettlementService(rollingBack(), repository, customers(),
            Clock.fixed(DAY0.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private final List<Map.Entry<PartnerId, Map.Entry<LocalDate, Money>>> history = new ArrayList<>();
    private int sources;

    @Property
    void i15_and_write_off_neutrality_and_refusals_write_nothing(@ForAll("operations") List<Op> operations) {
        fresh();
        for (Op op : operations) {
            var before = repository.snapshot();
            Map<PartnerId, Money> balances = balances();
            Either<?, ?> outcome = run(op);
            Statistics.label("outcome").collect(op.getClass().getSimpleName(), outcome.isRight() ? "ok" : "refused");
            if (outcome.isLeft()) {
                assertThat(repository.snapshot()).isEqualTo(before);
            }
            if (op instanceof Apply || op instanceof Reverse) {
                assertThat(balances()).isEqualTo(balances);
            }
            assertI15();
        }
    }

    @Property
    void a_reversal_gives_every_item_back_its_open_amount(@ForAll("operations") List<Op> prefix,
                                                          @ForAll("applies") Op apply) {
        fresh();
        prefix.forEach(this::run);
        Map<Long, Money> open = openAmounts();
        int count = repository.snapshot().writeOffs().size();
        if (run(apply).isRight()) {
            List<WriteOff> made = repository.snapshot().writeOffs().subList(count, repository.snapshot().writeOffs().size());
            for (WriteOff w : List.copyOf(made)) {
                LocalDate date = latest(w);
                assertThat(service.reverse(new ReverseWriteOffCommand(TENANT, USER, w.id(), date)).isRight()).isTrue();
            }
        }
        assertThat(openAmounts()).isEqualTo(open);
        assertI15();
    }

    /**
     * A cancelled document's item (counter item and full write-off on the cancel date): I-15 still holds at
     * every date, the balances before the cancel date keep the document, both items are closed; an item that a
     * write-off touched is refused with nothing written.
     */
    @Property
    void a_cancelled_documents_item_is_reversed_from_its_cancel_date_on(@ForAll("operations") List<Op> prefix,
                                                                     @ForAll @IntRange(max = 1_000) int choice,
                                                                     @ForAll @IntRange(max = 60) int days) {
        fresh();
        prefix.forEach(this::run);
        List<SettlementItem> documents = repository.itemsOf(TENANT, Optional.empty(), Ledger.RECEIVABLE).stream()
                .filter(i -> i.kind() == ItemKind.DOCUMENT).toList();
        if (documents.isEmpty()) {
            return;
        }
        SettlementItem item = documents.get(choice % documents.size());
        LocalDate date = item.date().plusDays(days);
        var before = repository.snapshot();

        var result = service.reverseOpenItem(TENANT, item.id(), date);

        if (!item.open().equals(item.amount())) {
            assertThat(result.getLeft().code()).isEqualTo("settlement.already-written-off");
            assertThat(repository.snapshot()).isEqualTo(before);
            return;
        }
        SettlementItem reversal = result.get();
        assertThat(reversal.date()).isEqualTo(max(date, item.earliestMatchDate()));
        history.add(Map.entry(item.partner(), Map.entry(reversal.date(), reversal.signedAmount())));
        assertThat(reversal.signedAmount()).isEqualTo(item.signedAmount().negate());
        assertThat(repository.findItem(TENANT, item.id()).orElseThrow().open().isZero()).isTrue();
        assertThat(repository.findItem(TENANT, reversal.id()).orElseThrow().open().isZero()).isTrue();
        assertI15();
        assertThat(service.reverseOpenItem(TENANT, item.id(), date).getLeft().code())
                .isEqualTo("settlement.already-written-off");
    }

    /** jqwik may reuse this instance between tries: every try starts from an empty book. */
    private void fresh() {
        repository.restore(new InMemorySettlementRepository.State(Map.of(), List.of(), 1));
        history.clear();
    }

    private void assertI15() {
        for (PartnerId p : PARTNERS) {
            List<SettlementItem> items = repository.itemsOf(TENANT, Optional.of(p), Ledger.RECEIVABLE);
            List<WriteOff> writeOffs = repository.writeOffs(TENANT, Optional.of(p), Ledger.RECEIVABLE);
            for (int day : SAMPLE_DAYS) {
                LocalDate date = DAY0.plusDays(day);
                assertThat(OpenAmounts.balance(OpenAmounts.asOf(date, items, writeOffs), Money.CNY))
                        .as("partner %s on %s", p, date).isEqualTo(fromHistory(p, date));
            }
            assertThat(OpenAmounts.balance(items, Money.CNY)).isEqualTo(fromHistory(p, LocalDate.MAX));
        }
    }

    private Money fromHistory(PartnerId partner, LocalDate date) {
        Money sum = Money.cny(0);
        for (var entry : history) {
            if (entry.getKey().equals(partner) && !entry.getValue().getKey().isAfter(date)) {
                sum = sum.plus(entry.getValue().getValue());
            }
        }
        return sum;
    }

    private Either<?, ?> run(Op op) {
        if (op instanceof Document d) {
            return document(d);
        }
        if (op instanceof Receipt r) {
            return receipt(r);
        }
        return op instanceof Apply a ? apply(a) : reverse((Reverse) op);
    }

    private Either<?, ?> document(Document d) {
        PartnerId partner = PARTNERS.get(d.partner());
        LocalDate date = DAY0.plusDays(d.day());
        Money amount = Money.cny(d.minor());
        var result = service.recordOpenItem(new RecordOpenItemCommand(TENANT, partner, Ledger.RECEIVABLE,
                d.charge() ? ItemSide.DEBIT : ItemSide.CREDIT, new SourceDocument("doc", "D" + sources++), date,
                Optional.empty(), amount, ExchangeRate.CNY, Optional.empty()));
        result.forEach(item -> history.add(Map.entry(partner, Map.entry(date, item.signedAmount()))));
        return result;
    }

    private Either<?, ?> receipt(Receipt r) {
        PartnerId partner = PARTNERS.get(r.partner());
        LocalDate date = DAY0.plusDays(r.day());
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < r.charges().size(); i++) {
            List<SettlementItem> charges = charges(r.charges().get(i), partner);
            if (!charges.isEmpty()) {
                SettlementItem charge = charges.get(r.charges().get(i) % charges.size());
                allocations.add(new Allocation(charge.id(), part(r.parts().get(i), charge.open())));
            }
        }
        var result = service.recordReceipt(new RecordReceiptCommand(TENANT, USER, partner, Ledger.RECEIVABLE,
                r.advance() ? ItemKind.ADVANCE : ItemKind.RECEIPT, PaymentMethod.BANK, date, Money.cny(r.minor()),
                ExchangeRate.CNY, Optional.empty(), allocations));
        result.forEach(res -> history.add(Map.entry(partner, Map.entry(date, res.credit().signedAmount()))));
        return result;
    }

    private Either<?, ?> apply(Apply a) {
        List<SettlementItem> credits = repository.itemsOf(TENANT, Optional.empty(), Ledger.RECEIVABLE).stream()
                .filter(i -> i.side() == ItemSide.CREDIT && (a.credit() % 5 == 4 || i.open().isPositive())).toList();
        if (credits.isEmpty()) {
            return Either.left("nothing to apply");
        }
        SettlementItem credit = credits.get(a.credit() % credits.size());
        List<SettlementItem> charges = charges(a.charge(), credit.partner());
        if (charges.isEmpty()) {
            return Either.left("nothing to apply");
        }
        SettlementItem charge = charges.get(a.charge() % charges.size());
        LocalDate date = max(credit.earliestMatchDate(), charge.earliestMatchDate()).plusDays(a.days());
        return service.applyCredit(new ApplyCreditCommand(TENANT, USER, credit.id(), date,
                List.of(new Allocation(charge.id(), part(a.minor(), charge.open().min(credit.open()))))));
    }

    private Either<?, ?> reverse(Reverse r) {
        List<WriteOff> all = repository.snapshot().writeOffs();
        if (all.isEmpty()) {
            return Either.left("nothing to reverse");
        }
        WriteOff w = all.get(r.writeOff() % all.size());
        return service.reverse(new ReverseWriteOffCommand(TENANT, USER, w.id(), latest(w).plusDays(r.days())));
    }

    private LocalDate latest(WriteOff w) {
        return max(repository.findItem(TENANT, w.debit()).orElseThrow().earliestMatchDate(),
                repository.findItem(TENANT, w.credit()).orElseThrow().earliestMatchDate());
    }

    /** Charges of {@code partner} for most choices, of anyone for one in four (to see the mismatch refused). */
    private List<SettlementItem> charges(int choice, PartnerId partner) {
        Optional<PartnerId> whose = choice % 4 == 3 ? Optional.empty() : Optional.of(partner);
        return repository.itemsOf(TENANT, whose, Ledger.RECEIVABLE).stream()
                .filter(i -> i.side() == ItemSide.DEBIT).toList();
    }

    /** A positive choice becomes a part up to a little more than what is open; others stay as they are. */
    private static Money part(long minor, Money open) {
        return Money.cny(minor > 0 ? 1 + minor % (open.minor() + 3) : minor);
    }

    private Map<PartnerId, Money> balances() {
        Map<PartnerId, Money> balances = new HashMap<>();
        for (PartnerId p : PARTNERS) {
            balances.put(p, OpenAmounts.balance(repository.itemsOf(TENANT, Optional.of(p), Ledger.RECEIVABLE), Money.CNY));
        }
        return balances;
    }

    private Map<Long, Money> openAmounts() {
        Map<Long, Money> open = new HashMap<>();
        repository.snapshot().items().forEach((id, item) -> open.put(id, item.open()));
        return open;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private Transactor rollingBack() {
        return new Transactor() {
            @Override
            public <E, T> Either<E, T> inTransaction(Supplier<Either<E, T>> work) {
                var before = repository.snapshot();
                Either<E, T> result = work.get();
                if (result.isLeft()) {
                    repository.restore(before);
                }
                return result;
            }
        };
    }

    /** Partners 1 and 2 are customers; 3 does not exist. */
    private static FindPartnersUseCase customers() {
        return new FindPartnersUseCase() {
            @Override
            public Either<PartnerError, Partner> partner(TenantId tenant, PartnerId id) {
                return id.value() > 2 ? Either.left(new PartnerError.PartnerNotFound(id.value()))
                        : Either.right(new Partner(id, "C" + id, "C" + id, Set.of(PartnerRole.CUSTOMER), CustomerTerms.NONE,
                        List.of(), List.of()));
            }

            @Override
            public List<Partner> partners(TenantId tenant, PartnerFilter filter) {
                return List.of();
            }
        };
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        return SettlementServiceArbitraries.operations();
    }

    @Provide
    Arbitrary<Op> applies() {
        return SettlementServiceArbitraries.applies();
    }
}
