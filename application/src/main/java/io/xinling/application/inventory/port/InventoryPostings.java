package io.xinling.application.inventory.port;

import io.vavr.control.Either;
import io.xinling.application.inventory.InventoryPosting;
import io.xinling.application.inventory.StockError;
import io.xinling.domain.kernel.TenantId;

/**
 * Told of every committed post or cancel, inside the posting transaction (the tenant setting "on
 * posting"): a Left rolls the inventory change back, so stock and its vouchers are written together or
 * not at all.
 */
public interface InventoryPostings {

    /** Books nothing (the setting "batch", and tests of the ledger alone). */
    InventoryPostings NONE = (tenant, posting) -> Either.right(posting);

    Either<StockError, InventoryPosting> publish(TenantId tenant, InventoryPosting posting);
}
