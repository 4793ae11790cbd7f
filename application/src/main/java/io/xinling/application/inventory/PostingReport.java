package io.xinling.application.inventory;

import io.xinling.application.inventory.port.DocumentRepository;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.ledger.CostDelta;
import io.xinling.domain.inventory.ledger.PostingResult;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the {@link InventoryPosting} of one post or cancel from the stored movements and deltas. */
final class PostingReport {

    private final DocumentRepository documents;

    PostingReport(DocumentRepository documents) {
        this.documents = documents;
    }

    InventoryPosting of(TenantId tenant, long version, StoredDocument doc, StockLedger before, PostingResult r,
                        boolean cancel) {
        Places places = new Places(tenant, r.ledger());
        // A cancel reports what the document stops holding, which its vouchers reverse: the rows it loses (a landed
        // cost reversed late keeps the rows of a charge that landed at its own date), and the negation of the reversal
        // rows it gains (spec 2.13), on its reversal date.
        List<StockMovement> rows = cancel ? before.movementsOf(new DocumentId(doc.id())).stream()
                .filter(m -> r.ledger().movement(m.id()).isEmpty()).toList() : r.movements();
        List<InventoryPosting.Value> values = new ArrayList<>(rows.stream()
                .map(m -> places.value(m, m.amount(), m.settlement())).toList());
        if (cancel) {
            r.movements().stream().filter(m -> before.movement(m.id()).isEmpty())
                    .forEach(m -> values.add(places.value(m, m.amount().negate(), m.settlement().negate())));
        }
        Map<Long, InventoryPosting.Document> owners = new HashMap<>();
        List<InventoryPosting.Change> changes = new ArrayList<>();
        Map<MovementId, StockMovement> changed = r.ledger().movements(r.deltas().stream().map(CostDelta::movement).toList());
        for (CostDelta d : r.deltas()) {
            InventoryPosting.Document owner = owners.computeIfAbsent(d.movement().document().value(),
                    id -> document(documents.header(tenant, id).orElseThrow()));
            StockMovement m = Optional.ofNullable(changed.get(d.movement())).or(() -> before.movement(d.movement()))
                    .orElseThrow();
            changes.add(new InventoryPosting.Change(owner, places.value(m, d.amountChange(), d.settlementChange()),
                    m.amount()));
        }
        return new InventoryPosting(version, cancel, document(doc, cancel), values, changes,
                rates(r.ledger(), values, changes));
    }

    private static InventoryPosting.Document document(StoredDocument doc) {
        return document(doc, false);
    }

    /** A late-reversed landed cost's cancel is dated on its reversal date, where its vouchers go. */
    private static InventoryPosting.Document document(StoredDocument doc, boolean cancel) {
        LocalDate date = cancel ? doc.draft().reversedOn().orElse(doc.draft().date()) : doc.draft().date();
        return new InventoryPosting.Document(doc.id(), doc.draft().kind(), doc.draft().purpose(), date,
                doc.draft().supplier(), doc.draft().amount(), doc.draft().has(DocumentFlag.ABNORMAL_LOSS),
                doc.draft().has(DocumentFlag.TRADE_OWNED));
    }

    /** The VAT rate of every SKU the posting moves, from the catalog it was costed under. */
    private static Map<Long, TaxRate> rates(StockLedger ledger, List<InventoryPosting.Value> values,
                                            List<InventoryPosting.Change> changes) {
        Map<Long, TaxRate> out = new HashMap<>();
        values.forEach(v -> rate(ledger, v.sku(), out));
        changes.forEach(c -> rate(ledger, c.change().sku(), out));
        return out;
    }

    private static void rate(StockLedger ledger, long sku, Map<Long, TaxRate> out) {
        ledger.setup().catalog().find(new SkuId(sku)).ifPresent(s -> out.put(sku, s.taxRate()));
    }

    /** Warehouse and branch of a movement's slot; goods in transit belong to the sending warehouse's branch. */
    private final class Places {

        private final TenantId tenant;
        private final StockLedger ledger;
        private final Map<Long, Long> transitBranches = new HashMap<>();

        Places(TenantId tenant, StockLedger ledger) {
            this.tenant = tenant;
            this.ledger = ledger;
        }

        InventoryPosting.Value value(StockMovement m, Money amount, Money settlement) {
            Location location = m.spec().slot().location();
            String warehouse;
            long branch;
            if (location instanceof Location.InWarehouse w) {
                warehouse = Long.toString(w.warehouse().value());
                branch = branchOf(w.warehouse().value());
            } else {
                long dispatch = ((Location.InTransit) location).dispatch().value();
                warehouse = "transit-" + dispatch;
                branch = transitBranches.computeIfAbsent(dispatch, id -> documents.header(tenant, id)
                        .flatMap(d -> d.draft().warehouse()).map(this::branchOf).orElseThrow());
            }
            return new InventoryPosting.Value(m.id().line(), m.id().leg(), m.spec().sku().value(), warehouse, branch,
                    amount, settlement);
        }

        private long branchOf(long warehouse) {
            return ledger.setup().warehouse(new WarehouseId(warehouse)).get().branch().value();
        }
    }
}
