package io.xinling.domain.inventory.ledger;

import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.document.BatchInfo;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.StockLine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The batches of the ledger with their dates, taken from the first receipt that named them (expiry from the
 * SKU's shelf life when not given). The ledger checks a receipt's batch dates against it; the stock reports
 * ({@code stock.Batches}: expiry report, first-expired-first-out picking) read it.
 */
public final class BatchDates {

    private final StockLedger ledger;
    private final Map<SkuId, Map<BatchNo, Batch>> known = new HashMap<>();

    public BatchDates(StockLedger ledger) {
        this.ledger = ledger;
        ledger.documents().stream().filter(Receipt.class::isInstance).map(Receipt.class::cast)
                .sorted(Comparator.comparing(r -> r.header().ordering(0)))
                .forEach(r -> r.lines().forEach(l -> learn(l.stock())));
    }

    private void learn(StockLine line) {
        line.batch().ifPresent(info -> {
            Optional<Sku> sku = ledger.setup().catalog().find(line.sku());
            Optional<LocalDate> expiry = info.expiresOn()
                    .or(() -> info.producedOn().flatMap(p -> sku.flatMap(s -> s.expiryOf(p))));
            known.computeIfAbsent(line.sku(), s -> new HashMap<>())
                    .putIfAbsent(info.number(), new Batch(line.sku(), info.number(), info.producedOn(), expiry));
        });
    }

    /**
     * Whether a receipt line names a batch already received with other dates: the first receipt fixes a batch's
     * production date and expiry; a later one gives the same (expiry given, or derived from the shelf life) or none.
     */
    public Optional<InventoryError> conflictWith(StockLine line) {
        if (line.batch().isEmpty()) {
            return Optional.empty();
        }
        BatchInfo info = line.batch().get();
        Optional<Batch> known = find(line.sku(), info.number());
        if (known.isEmpty() || info.producedOn().isEmpty() && info.expiresOn().isEmpty()) {
            return Optional.empty();
        }
        Batch b = known.get();
        Optional<LocalDate> expiry = info.expiresOn().or(() -> info.producedOn()
                .flatMap(p -> ledger.setup().catalog().find(line.sku()).flatMap(s -> s.expiryOf(p))));
        boolean same = info.producedOn().map(p -> b.producedOn().equals(Optional.of(p))).orElse(true)
                && expiry.map(e -> b.expiresOn().equals(Optional.of(e))).orElse(true);
        return same ? Optional.empty()
                : Optional.of(new InventoryError.BatchDatesMismatch(line.line(), line.sku(), info.number(), b.producedOn(),
                        b.expiresOn()));
    }

    public Optional<Batch> find(SkuId sku, BatchNo number) {
        return Optional.ofNullable(known.getOrDefault(sku, Map.of()).get(number));
    }
}
