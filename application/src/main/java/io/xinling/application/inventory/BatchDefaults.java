package io.xinling.application.inventory;

import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.inventory.stock.Batches;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A receipt that brings in a new batch of a SKU with a shelf life, giving neither producedOn nor expiresOn,
 * is taken as produced on the document's business date (so the batch expires shelf-life days later). A line
 * naming a batch already received keeps no dates: it takes the batch's. The ledger is read only for such a receipt.
 */
final class BatchDefaults {

    private BatchDefaults() {
    }

    static DocumentDraft apply(DocumentDraft draft, Supplier<StockLedger> current) {
        if (draft.kind() != DocumentKind.RECEIPT || draft.lines().stream().noneMatch(BatchDefaults::undated)) {
            return draft;
        }
        StockLedger ledger = current.get();
        Batches batches = new Batches(ledger);
        List<DraftLine> lines = draft.lines().stream().map(l -> undated(l) && isNew(l, ledger, batches)
                ? new DraftLine(l.line(), l.role(), l.sku(), l.quantity(), l.unit(), l.batch(), Optional.of(draft.date()),
                        l.expiresOn(), l.serials(), l.amount(), l.weight(), l.reference(), l.warehouse())
                : l).toList();
        return draft.withLines(lines);
    }

    private static boolean undated(DraftLine l) {
        return l.batch().isPresent() && l.producedOn().isEmpty() && l.expiresOn().isEmpty();
    }

    private static boolean isNew(DraftLine l, StockLedger ledger, Batches batches) {
        SkuId sku = new SkuId(l.sku());
        boolean shelfLife = ledger.setup().catalog().find(sku).flatMap(Sku::shelfLifeDays).isPresent();
        return shelfLife && batches.find(sku, new BatchNo(l.batch().get())).isEmpty();
    }
}
