package io.xinling.application.accounting;

import io.xinling.application.accounting.port.Subledgers;
import io.xinling.application.inventory.InventoryQueryUseCases;
import io.xinling.application.settlement.SettlementQueriesUseCase;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.settlement.Ledger;

import java.time.LocalDate;
import java.util.Map;

/** The stock ledger's and the settlement's balances, read through their contexts' use cases. */
public final class BusinessSubledgers implements Subledgers {

    private final InventoryQueryUseCases inventory;
    private final SettlementQueriesUseCase settlement;

    public BusinessSubledgers(InventoryQueryUseCases inventory, SettlementQueriesUseCase settlement) {
        this.inventory = inventory;
        this.settlement = settlement;
    }

    @Override
    public Map<java.util.List<String>, Money> stockByItemAndWarehouse(TenantId tenant, LocalDate through) {
        return inventory.valueByItemAndWarehouse(tenant, through);
    }

    @Override
    public Map<String, Money> receivables(TenantId tenant, LocalDate through) {
        return settlement.bookBalances(tenant, Ledger.RECEIVABLE, through);
    }

    @Override
    public Map<String, Money> payables(TenantId tenant, LocalDate through) {
        return settlement.bookBalances(tenant, Ledger.PAYABLE, through);
    }
}
