package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;

/** Inventory documents: saved as drafts, posted to the stock ledger, cancelled. */
public interface InventoryDocumentUseCases {

    Either<StockError, DocumentView> create(DocumentCommands.Create command);

    /** Saves and posts a document in one transaction; a refusal at either step saves nothing. */
    Either<StockError, DocumentView> createAndPost(DocumentCommands.Create command);

    /**
     * Saves a draft that the caller posts next in its own transaction (a trade document's stock): the draft is parsed
     * and its date checked, but not tried against the ledger as {@link #create} does, since the post that follows
     * refuses whatever that trial would have. The draft is flagged {@link DocumentFlag#TRADE_OWNED}. Returns its id.
     */
    Either<StockError, Long> createToPost(DocumentCommands.Create command);

    Either<StockError, DocumentView> get(TenantId tenant, long id);

    /** Documents matching the filter, one page (headers and line counts). */
    Either<StockError, Page<DocumentSummary>> list(TenantId tenant, DocumentFilter filter, int limit, int offset);

    Either<StockError, DocumentView> post(TenantId tenant, long id);

    Either<StockError, DocumentView> cancel(TenantId tenant, long id);
}
