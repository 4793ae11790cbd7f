package io.xinling.application.inventory;

import io.xinling.application.inventory.port.DocumentRepository;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.ledger.CostDelta;
import io.xinling.domain.inventory.ledger.PostingResult;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link InventoryPosting} of one post or cancel from the stored movements and deltas. */
final class PostingReport {

    private final DocumentRepository documents;

    PostingReport(DocumentRepository documents) {
        this.documents = documents;
    }

    InventoryPosting of(TenantId tenant, long version, StoredDocument doc, StockLedger before, PostingResult r,
                        boolean cancel) {
        List<StockMovement> rows = cancel ? before.movementsOf(new DocumentId(doc.id())) : r.movements();
        List<InventoryPosting.Value> values = rows.stream().map(PostingReport::value).toList();
        Map<Long, InventoryPosting.Document> owners = new HashMap<>();
        List<InventoryPosting.Change> changes = new ArrayList<>();
        for (CostDelta d : r.deltas()) {
            long owner = d.movement().document().value();
            InventoryPosting.Document od = owners.computeIfAbsent(owner, id -> document(documents.find(tenant, id)
                    .orElseThrow()));
            StockMovement m = r.ledger().movement(d.movement()).or(() -> before.movement(d.movement())).orElseThrow();
            changes.add(new InventoryPosting.Change(od, new InventoryPosting.Value(m.id().line(), m.id().leg(),
                    m.spec().sku().value(), warehouse(m), d.amountChange(), d.settlementChange())));
        }
        return new InventoryPosting(version, cancel, document(doc), values, changes);
    }

    private static InventoryPosting.Document document(StoredDocument doc) {
        return new InventoryPosting.Document(doc.id(), doc.draft().kind(), doc.draft().purpose(), doc.draft().date());
    }

    private static InventoryPosting.Value value(StockMovement m) {
        Money settlement = m.settlement();
        return new InventoryPosting.Value(m.id().line(), m.id().leg(), m.spec().sku().value(), warehouse(m),
                m.amount(), settlement);
    }

    private static String warehouse(StockMovement m) {
        Location location = m.spec().slot().location();
        if (location instanceof Location.InWarehouse w) {
            return Long.toString(w.warehouse().value());
        }
        return "transit-" + ((Location.InTransit) location).dispatch().value();
    }
}
