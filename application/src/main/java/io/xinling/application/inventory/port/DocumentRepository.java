package io.xinling.application.inventory.port;

import io.xinling.application.inventory.BatchExpiry;
import io.xinling.application.inventory.DocumentDraft;
import io.xinling.application.inventory.LedgerEvent;
import io.xinling.application.inventory.StoredDocument;
import io.xinling.domain.kernel.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Inventory documents: header and lines, with their status and the ledger version that posted them. */
public interface DocumentRepository {

    long create(TenantId tenant, DocumentDraft draft, Instant at);

    Optional<StoredDocument> find(TenantId tenant, long id);

    void markPosted(TenantId tenant, long id, long version);

    void markCancelled(TenantId tenant, long id, long version);

    /** Every post and cancellation after {@code afterVersion}, in version order, to replay the ledger. */
    List<LedgerEvent> history(TenantId tenant, long afterVersion);

    /** The batches received by posted, not cancelled documents. */
    List<BatchExpiry> receivedBatches(TenantId tenant);
}
