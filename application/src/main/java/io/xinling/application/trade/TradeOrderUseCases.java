package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;

/**
 * The status machine of sales and purchase orders (created and read through {@link TradeDocumentUseCases}):
 * draft → approved, or held when a sales order is over the customer's credit limit and then released;
 * cancelled from draft, held or approved. Any other transition is {@code trade.illegal-status} (409).
 */
public interface TradeOrderUseCases {

    Either<TradeDocumentError, TradeDocumentView> approve(TenantId tenant, TradeKind kind, long id);

    Either<TradeDocumentError, TradeDocumentView> release(TenantId tenant, TradeKind kind, long id);

    Either<TradeDocumentError, TradeDocumentView> cancel(TenantId tenant, TradeKind kind, long id);
}
