package io.xinling.application.settlement;

import io.xinling.application.partner.port.OpenReceivables;
import io.xinling.application.settlement.port.SettlementRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.OpenAmounts;

import java.util.Optional;

/**
 * Open receivables for customer credit: Σ open charges − Σ unapplied receipts and advances of the
 * customer, each at its CNY book value (an item partly open counts its open part at its own rate).
 */
public final class ReceivablesExposure implements OpenReceivables {

    private final SettlementRepository repository;

    public ReceivablesExposure(SettlementRepository repository) {
        this.repository = repository;
    }

    @Override
    public Money openReceivables(TenantId tenant, PartnerId customer) {
        return OpenAmounts.bookBalance(repository.itemsOf(tenant, Optional.of(customer), Ledger.RECEIVABLE));
    }
}
