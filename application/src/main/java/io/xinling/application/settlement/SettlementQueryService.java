package io.xinling.application.settlement;

import io.vavr.control.Either;
import io.xinling.application.partner.FindPartnersUseCase;
import io.xinling.application.settlement.port.SettlementRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.settlement.Ageing;
import io.xinling.domain.settlement.AgeingBasis;
import io.xinling.domain.settlement.AgeingRow;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.OpenAmounts;
import io.xinling.domain.settlement.PartnerStatement;
import io.xinling.domain.settlement.SettlementError;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.Statements;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Open items, statements (对账单) and ageing (账龄). */
public final class SettlementQueryService implements SettlementQueriesUseCase {

    private final SettlementRepository repository;
    private final FindPartnersUseCase partners;

    public SettlementQueryService(SettlementRepository repository, FindPartnersUseCase partners) {
        this.repository = repository;
        this.partners = partners;
    }

    @Override
    public Either<SettlementError, ItemDetail> item(TenantId tenant, SettlementItemId id) {
        return repository.findItem(tenant, id)
                .<Either<SettlementError, ItemDetail>>map(i -> Either.right(new ItemDetail(i, repository.writeOffsOfItem(tenant, id))))
                .orElseGet(() -> Either.left(new SettlementError.OpenItemNotFound(id.value())));
    }

    @Override
    public List<SettlementItem> items(TenantId tenant, ItemFilter filter) {
        return repository.items(tenant, filter);
    }

    @Override
    public Either<SettlementError, PartnerStatement> statement(TenantId tenant, PartnerId partner, Ledger ledger,
                                                               Currency currency, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Either.left(new SettlementError.InvalidField("to", "the period ends before it starts"));
        }
        return partners.partner(tenant, partner)
                .<SettlementError>mapLeft(e -> new SettlementError.PartnerNotFound(partner.value()))
                .map(p -> Statements.of(partner, ledger, currency, from, to,
                        repository.itemsOf(tenant, Optional.of(partner), ledger)));
    }

    @Override
    public java.util.Map<String, io.xinling.domain.kernel.Money> bookBalances(TenantId tenant, Ledger ledger, LocalDate date) {
        java.util.Map<String, io.xinling.domain.kernel.Money> out = new java.util.TreeMap<>();
        List<SettlementItem> items = repository.itemsOf(tenant, Optional.empty(), ledger);
        for (SettlementItem item : OpenAmounts.asOf(date, items, repository.writeOffs(tenant, Optional.empty(), ledger))) {
            out.merge(Long.toString(item.partner().value()), item.bookOpen().times(item.side().sign()),
                    io.xinling.domain.kernel.Money::plus);
        }
        out.values().removeIf(io.xinling.domain.kernel.Money::isZero);
        return out;
    }

    @Override
    public List<AgeingRow> ageing(TenantId tenant, Ledger ledger, Currency currency, LocalDate date,
                                  Optional<PartnerId> partner, AgeingBasis basis) {
        return Ageing.at(date, currency, repository.itemsOf(tenant, partner, ledger),
                repository.writeOffs(tenant, partner, ledger), basis);
    }
}
