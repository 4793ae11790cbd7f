package io.xinling.application.inventory.port;

import io.xinling.application.inventory.BatchExpiry;
import io.xinling.application.inventory.DocumentDraft;
import io.xinling.application.inventory.DocumentFilter;
import io.xinling.application.inventory.DocumentFlag;
import io.xinling.application.inventory.DocumentStatus;
import io.xinling.application.inventory.DocumentSummary;
import io.xinling.application.inventory.LedgerEvent;
import io.xinling.application.inventory.Page;
import io.xinling.application.inventory.StoredDocument;
import io.xinling.domain.kernel.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Inventory documents: header and lines, with their status and the ledger version that posted them. */
public interface DocumentRepository {

    /** Saves a draft; the document as stored (its number given, its time as the database keeps it). */
    StoredDocument create(TenantId tenant, DocumentDraft draft, Instant at);

    Optional<StoredDocument> find(TenantId tenant, long id);

    /**
     * {@link #find}, the document's row locked until the transaction ends: a post or cancel reads it so, and one of
     * the same document running at once waits for it, then reads what it left.
     */
    Optional<StoredDocument> findForChange(TenantId tenant, long id);

    /** A document's header only: its draft has no lines (what a voucher needs of a re-costed document). */
    Optional<StoredDocument> header(TenantId tenant, long id);

    /** Marks a document posted by event {@code version} under the settings numbered {@code settings}. */
    void markPosted(TenantId tenant, long id, long version, long settings);

    /** The documents matching {@code filter}, newest business date first (then id), one page of them. */
    Page<DocumentSummary> list(TenantId tenant,
            DocumentFilter filter, int limit, int offset);

    void markCancelled(TenantId tenant, long id, long version);

    /** Deletes a draft with its lines (the caller holds its row and checked it is a draft). */
    void delete(TenantId tenant, long id);

    /** Gives a draft another business date (the caller holds its row and checked it is a draft). */
    void redate(TenantId tenant, long id, java.time.LocalDate date);

    /** A document that is not cancelled and refers to {@code id} in its header or a line, if any. */
    Optional<Long> dependantOf(TenantId tenant, long id);

    /** The posts and cancellations of a SKU group after {@code afterVersion}, in order, to replay its ledger. */
    List<LedgerEvent> history(TenantId tenant, long group, long afterVersion);

    /** The batches received by posted, not cancelled documents. */
    List<BatchExpiry> receivedBatches(TenantId tenant);

    /** Adds lines to a document (the lines a post adds to a scope switch). */
    void addLines(TenantId tenant, long id, List<io.xinling.application.inventory.DraftLine> lines);

    /** Locks a document's row until the transaction ends (a scope switch whose lines a post extends). */
    void lock(TenantId tenant, long id);

    /** The posted scope switches of a tenant with the event that posted each, in event order. */
    List<PostedSwitch> scopeSwitches(TenantId tenant);

    record PostedSwitch(long document, long event) {
    }

    /** Replaces a document's flags (posting sets those it decides, inside its transaction). */
    void setFlags(TenantId tenant, long id, Set<DocumentFlag> flags);

    /** Records the date a landed cost's cancel reverses it on (spec 2.13), inside the cancel's transaction. */
    void setReversedOn(TenantId tenant, long id, java.time.LocalDate date);
}
