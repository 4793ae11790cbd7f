package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;


/** Reservations against available stock, and closing inventory months. */
public interface StockControlUseCases {

    Either<StockError, Long> reserve(TenantId tenant, long warehouse, long sku, String quantity, String reference);

    Either<StockError, Boolean> release(TenantId tenant, long reservation);

}
