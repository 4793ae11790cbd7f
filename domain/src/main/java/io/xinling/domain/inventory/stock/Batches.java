package io.xinling.domain.inventory.stock;

import io.vavr.control.Either;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.document.BatchInfo;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.ledger.SlotBalance;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.UnitQuantity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The batches of the ledger, their dates taken from the first receipt that named them (expiry from
 * the SKU's shelf life when not given), the expiry report and first-expired-first-out picking.
 */
public final class Batches {

    private final StockLedger ledger;
    private final Map<SkuId, Map<BatchNo, Batch>> known = new HashMap<>();

    public Batches(StockLedger ledger) {
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

    /** Batches in stock anywhere that expire on or before {@code date}, soonest first. */
    public List<ExpiringStock> expiringBy(LocalDate date) {
        List<ExpiringStock> out = new ArrayList<>();
        for (SlotBalance b : ledger.slotBalances()) {
            b.slot().batch().flatMap(n -> find(b.slot().sku(), n))
                    .filter(batch -> b.onHand().isPositive())
                    .filter(batch -> batch.expiresOn().filter(e -> !e.isAfter(date)).isPresent())
                    .ifPresent(batch -> out.add(new ExpiringStock(b.slot(), batch, b.onHand())));
        }
        out.sort(Comparator.comparing((ExpiringStock e) -> e.batch().expiresOn().orElseThrow())
                .thenComparing(e -> e.batch().number()));
        return out;
    }

    /** Which batches to pick {@code quantity} base units from: first expired, first out. */
    public Either<InventoryError, List<BatchPick>> pickFefo(WarehouseId warehouse, SkuId sku, Quantity quantity) {
        List<ExpiringStock> held = new ArrayList<>();
        for (SlotBalance b : ledger.slotBalances()) {
            if (b.slot().location().equals(Location.of(warehouse)) && b.slot().sku().equals(sku)
                    && b.onHand().isPositive() && b.slot().batch().isPresent()) {
                Batch batch = find(sku, b.slot().batch().get())
                        .orElse(new Batch(sku, b.slot().batch().get(), Optional.empty(), Optional.empty()));
                held.add(new ExpiringStock(b.slot(), batch, b.onHand()));
            }
        }
        held.sort(Comparator.comparing((ExpiringStock e) -> e.batch().expiresOn().orElse(LocalDate.MAX))
                .thenComparing(e -> e.batch().number()));
        List<BatchPick> picks = new ArrayList<>();
        Quantity left = quantity;
        for (ExpiringStock e : held) {
            if (!left.isPositive()) {
                break;
            }
            Quantity take = left.min(e.onHand());
            picks.add(new BatchPick(e.batch(), take));
            left = left.minus(take);
        }
        return left.isPositive() ? Either.left(shortfall(warehouse, sku, left)) : Either.right(picks);
    }

    private InventoryError shortfall(WarehouseId warehouse, SkuId sku, Quantity left) {
        UnitQuantity inBase = new UnitQuantity(left, ledger.setup().catalog().find(sku).orElseThrow().baseUnit());
        return new InventoryError.InsufficientStock(sku, Location.of(warehouse), Optional.empty(), left, inBase, inBase,
                Optional.empty());
    }
}
