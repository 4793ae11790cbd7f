package io.xinling.domain.inventory.stock;

import io.vavr.control.Either;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.ledger.Batch;
import io.xinling.domain.inventory.ledger.BatchDates;
import io.xinling.domain.inventory.ledger.SlotBalance;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.UnitQuantity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The stock of the ledger's batches: the expiry report and first-expired-first-out picking, over the batch dates
 * the ledger knows ({@link BatchDates}).
 */
public final class Batches {

    private final StockLedger ledger;
    private final BatchDates dates;

    public Batches(StockLedger ledger) {
        this.ledger = ledger;
        this.dates = new BatchDates(ledger);
    }

    /** See {@link BatchDates#conflictWith(StockLine)}. */
    public Optional<InventoryError> conflictWith(StockLine line) {
        return dates.conflictWith(line);
    }

    public Optional<Batch> find(SkuId sku, BatchNo number) {
        return dates.find(sku, number);
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
