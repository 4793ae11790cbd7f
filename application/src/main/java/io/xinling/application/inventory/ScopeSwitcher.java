package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;

/**
 * Applies a costing-scope switch to the stock ledger inside the caller's transaction (spec 2.1): posts the
 * system document that carries every key's stock across the boundary {@code from}. Returns the document's id
 * and what to do once the transaction has committed (keep the ledgers it made).
 */
public interface ScopeSwitcher {

    Either<StockError, Switched> switchScope(TenantId tenant, LocalDate from, CostingScope to);

    record Switched(long document, Runnable afterCommit) {
    }
}
