package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.application.inventory.port.DocumentRepository;
import io.xinling.application.inventory.port.PeriodCalendar;
import io.xinling.application.port.Transactor;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.util.List;

/** Deletes and redates inventory drafts, each in one transaction holding the document's row. */
public final class InventoryDraftService implements InventoryDraftUseCases {

    private final Transactor transactor;
    private final DocumentRepository documents;
    private final PeriodCalendar periods;

    public InventoryDraftService(Transactor transactor, DocumentRepository documents, PeriodCalendar periods) {
        this.transactor = transactor;
        this.documents = documents;
        this.periods = periods;
    }

    @Override
    public Either<StockError, Long> delete(TenantId tenant, long id) {
        return transactor.inTransaction(() -> draft(tenant, id).flatMap(doc -> documents.dependantOf(tenant, id)
                .<Either<StockError, Long>>map(d -> Either.left(StockError.of(
                        new InventoryError.HasDependants(new DocumentId(id), new DocumentId(d)))))
                .orElseGet(() -> {
                    documents.delete(tenant, id);
                    return Either.right(id);
                })));
    }

    @Override
    public Either<StockError, DocumentView> redate(TenantId tenant, long id, LocalDate date) {
        if (date == null) {
            return Either.left(new StockError.Invalid("date", "required"));
        }
        return transactor.inTransaction(() -> draft(tenant, id)
                .flatMap(doc -> periods.isClosed(tenant, date)
                        ? Either.<StockError, StoredDocument>left(StockError.of(new InventoryError.DateInClosedPeriod(date)))
                        : Either.<StockError, StoredDocument>right(doc))
                .map(doc -> {
                    documents.redate(tenant, id, date);
                    return new DocumentView(documents.find(tenant, id).orElseThrow(), List.of());
                }));
    }

    /** The document, row-locked, if it is a draft: posted or cancelled is a 409, as a second post or cancel is. */
    private Either<StockError, StoredDocument> draft(TenantId tenant, long id) {
        return documents.findForChange(tenant, id)
                .<Either<StockError, StoredDocument>>map(Either::right)
                .orElseGet(() -> Either.left(new StockError.NotFound("inventory", "document", Long.toString(id))))
                .flatMap(doc -> switch (doc.status()) {
                    case DRAFT -> Either.right(doc);
                    case POSTED -> Either.left(StockError.of(new InventoryError.AlreadyPosted(new DocumentId(id))));
                    case CANCELLED -> Either.left(StockError.of(new InventoryError.AlreadyCancelled(new DocumentId(id))));
                });
    }
}
