package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.application.inventory.port.DocumentRepository;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.kernel.TenantId;

import java.util.List;
import java.util.Optional;

/**
 * The documents a new draft refers to exist for its tenant and are of the right kind, not cancelled: a
 * transfer receipt's dispatch, a landed cost's receipt, a sales return's sale (an issue). They may still be
 * drafts (posting checks they are posted), but a draft naming nothing is refused when it is created.
 */
final class References {

    private References() {
    }

    static Either<StockError, Boolean> check(TenantId tenant, DocumentDraft draft, DocumentRepository documents) {
        Optional<DocumentKind> wanted = switch (draft.kind()) {
            case TRANSFER_RECEIPT -> Optional.of(DocumentKind.TRANSFER_DISPATCH);
            case LANDED_COST -> Optional.of(DocumentKind.RECEIPT);
            default -> Optional.empty();
        };
        if (wanted.isPresent() && draft.reference().isPresent()
                && !names(tenant, documents, draft.reference().get(), wanted.get())) {
            return Either.left(new StockError.Invalid("referenceDocumentId", "names no " + wanted.get().wire()
                    + " document of this tenant that is not cancelled"));
        }
        Optional<StockError> lines = lineCharges(tenant, draft, documents);
        if (lines.isPresent()) {
            return Either.left(lines.get());
        }
        for (DraftLine l : draft.kind() == DocumentKind.SALES_RETURN ? draft.lines() : List.<DraftLine>of()) {
            if (l.reference().isPresent()
                    && !names(tenant, documents, l.reference().get().document().value(), DocumentKind.ISSUE)) {
                return Either.left(new StockError.Invalid(InventoryError.at(l.line()) + ".saleDocumentId",
                        "names no issue document of this tenant that is not cancelled"));
            }
        }
        return Either.right(true);
    }

    /**
     * When a draft is posted, what it refers to must be posted: receiving against a dispatch still in draft (or cancelled
     * since) is a conflict of statuses, named with the status it found (409), not a missing document.
     */
    static Either<StockError, Boolean> posted(TenantId tenant, DocumentDraft draft, DocumentRepository documents) {
        if (draft.kind() == DocumentKind.TRANSFER_RECEIPT || draft.kind() == DocumentKind.LANDED_COST) {
            Optional<StockError> refused = draft.reference()
                    .flatMap(id -> unposted(tenant, documents, id, "referenceDocumentId"));
            if (refused.isPresent()) {
                return Either.left(refused.get());
            }
        }
        for (DraftLine l : draft.kind() == DocumentKind.SALES_RETURN ? draft.lines() : List.<DraftLine>of()) {
            Optional<StockError> refused = l.reference().flatMap(r -> unposted(tenant, documents, r.document().value(),
                    InventoryError.at(l.line()) + ".saleDocumentId"));
            if (refused.isPresent()) {
                return Either.left(refused.get());
            }
        }
        return Either.right(true);
    }

    /** A landed cost given per receipt line names each line of its receipt, in order, by its SKU. */
    private static Optional<StockError> lineCharges(TenantId tenant, DocumentDraft draft, DocumentRepository documents) {
        if (draft.kind() != DocumentKind.LANDED_COST || draft.lines().isEmpty() || draft.reference().isEmpty()) {
            return Optional.empty();
        }
        List<DraftLine> receipt = documents.find(tenant, draft.reference().get()).orElseThrow().draft().lines();
        if (receipt.size() != draft.lines().size()) {
            return Optional.of(new StockError.Invalid("lines", "the receipt has " + receipt.size()
                    + " line(s): a landed cost with basis lines gives one charge per receipt line, in order"));
        }
        for (int i = 0; i < receipt.size(); i++) {
            if (receipt.get(i).sku() != draft.lines().get(i).sku()) {
                return Optional.of(new StockError.Invalid(InventoryError.at(i + 1) + ".skuId", "line " + (i + 1)
                        + " of the receipt is SKU " + receipt.get(i).sku()));
            }
        }
        return Optional.empty();
    }

    private static Optional<StockError> unposted(TenantId tenant, DocumentRepository documents, long id, String field) {
        return documents.find(tenant, id).filter(d -> d.status() != DocumentStatus.POSTED)
                .map(d -> new StockError.ReferenceNotPosted(field, id, d.draft().kind().wire(),
                        d.status().wire()));
    }

    private static boolean names(TenantId tenant, DocumentRepository documents, long id, DocumentKind kind) {
        return documents.find(tenant, id)
                .filter(d -> d.draft().kind() == kind && d.status() != DocumentStatus.CANCELLED).isPresent();
    }
}
