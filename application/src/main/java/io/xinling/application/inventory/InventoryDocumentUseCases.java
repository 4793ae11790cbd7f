package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;

/** Inventory documents: saved as drafts, posted to the stock ledger, cancelled. */
public interface InventoryDocumentUseCases {

    Either<StockError, DocumentView> create(DocumentCommands.Create command);

    /** Saves and posts a document in one transaction; a refusal at either step saves nothing. */
    Either<StockError, DocumentView> createAndPost(DocumentCommands.Create command);

    /**
     * Saves and posts the stock of a purchase or sales document, flagged {@link DocumentFlag#TRADE_OWNED}, in the
     * caller's transaction (without a savepoint: the caller must let a refusal roll its transaction back, which it
     * does by returning it). The draft is parsed and its date checked, then posted; the post refuses whatever the
     * ledger refuses. Returns the posted document with its movements.
     */
    Either<StockError, DocumentView> postOwned(DocumentCommands.Create command);

    Either<StockError, DocumentView> get(TenantId tenant, long id);

    /** Documents matching the filter, one page (headers and line counts). */
    Either<StockError, Page<DocumentSummary>> list(TenantId tenant, DocumentFilter filter, int limit, int offset);

    Either<StockError, DocumentView> post(TenantId tenant, long id);

    Either<StockError, DocumentView> cancel(TenantId tenant, long id);
}
