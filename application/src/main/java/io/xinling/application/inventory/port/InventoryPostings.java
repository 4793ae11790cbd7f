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

    /** Books a posting; told the same posting again, books nothing more (generation is idempotent, spec 3.4). */
    Either<StockError, InventoryPosting> publish(TenantId tenant, InventoryPosting posting);

    /**
     * {@link #publish}, told by the post or cancel itself in its own transaction: what it books is new by construction,
     * so an implementation may skip looking for what an earlier call booked (a round trip).
     */
    default Either<StockError, InventoryPosting> publishNew(TenantId tenant, InventoryPosting posting) {
        return publish(tenant, posting);
    }

    /** This one, then {@code next} with what this one returned; a Left of either stops there. */
    default InventoryPostings then(InventoryPostings next) {
        InventoryPostings first = this;
        return new InventoryPostings() {
            @Override
            public Either<StockError, InventoryPosting> publish(TenantId tenant, InventoryPosting posting) {
                return first.publish(tenant, posting).flatMap(booked -> next.publish(tenant, booked));
            }

            @Override
            public Either<StockError, InventoryPosting> publishNew(TenantId tenant, InventoryPosting posting) {
                return first.publishNew(tenant, posting).flatMap(booked -> next.publishNew(tenant, booked));
            }
        };
    }
}
