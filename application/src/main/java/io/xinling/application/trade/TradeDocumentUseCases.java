package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;

/**
 * Sales deliveries, purchase receipts and sales returns: saved as drafts, then posted in one transaction
 * to the stock ledger and the partner's account (both or neither).
 */
public interface TradeDocumentUseCases {

    Either<TradeDocumentError, TradeDocumentView> create(TradeDocumentCommands.Create command);

    Either<TradeDocumentError, TradeDocumentView> get(TenantId tenant, TradeKind kind, long id);

    Either<TradeDocumentError, TradeDocumentView> post(TenantId tenant, TradeKind kind, long id);
}
