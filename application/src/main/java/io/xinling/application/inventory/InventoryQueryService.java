package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.application.inventory.port.DocumentRepository;
import io.xinling.application.inventory.port.LedgerStore;
import io.xinling.domain.catalog.CatalogError;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.catalog.TrackingPolicy;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.SerialNo;
import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.ledger.SlotBalance;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.inventory.stock.BatchPick;
import io.xinling.domain.inventory.stock.Batches;
import io.xinling.domain.inventory.stock.SerialEvent;
import io.xinling.domain.inventory.stock.SerialTrace;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.kernel.UnitQuantity;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Balances at a date, movement history, serial trace and expiring batches, from the committed ledger. */
public final class InventoryQueryService implements InventoryQueryUseCases {

    private final Ledgers ledgers;
    private final DocumentRepository documents;
    private final LedgerStore store;

    public InventoryQueryService(Ledgers ledgers, DocumentRepository documents, LedgerStore store) {
        this.ledgers = ledgers;
        this.documents = documents;
        this.store = store;
    }

    @Override
    public Either<StockError, List<BalanceRow>> balances(TenantId tenant, LocalDate date, Optional<Long> warehouse,
                                                         Optional<Long> sku) {
        StockLedger ledger = ledgers.current(tenant);
        Map<StockSlot, StockMovement> slots = new LinkedHashMap<>();
        Map<CostingKey, StockMovement> keys = new LinkedHashMap<>();
        for (StockMovement m : ledger.movements()) {
            if (!m.spec().ordering().date().isAfter(date)) {
                slots.put(m.spec().slot(), m);
                keys.put(m.spec().key(), m);
            }
        }
        List<BalanceRow> rows = new ArrayList<>();
        io.xinling.domain.inventory.CostingScope scope = io.xinling.domain.inventory.ledger.ScopeSwitch.scopeOn(ledger, date);
        slots.forEach((slot, m) -> {
            if (matches(slot, warehouse, sku)) {
                rows.add(row(ledger, slot, m.slotQuantityAfter(), keys, scope));
            }
        });
        return Either.right(rows.stream().filter(r -> !r.quantity().isZero() || !r.value().isZero()).toList());
    }

    @Override
    public Map<List<String>, Money> valueByItemAndWarehouse(TenantId tenant, LocalDate date) {
        Map<List<String>, Money> values = new java.util.TreeMap<>(java.util.Comparator.comparing(Object::toString));
        for (StockMovement m : ledgers.current(tenant).movements()) {
            if (!m.spec().ordering().date().isAfter(date)) {
                List<String> key = List.of(Long.toString(m.spec().sku().value()), place(m.spec().slot().location()));
                values.merge(key, m.amount().minus(m.settlement()), Money::plus);
            }
        }
        values.values().removeIf(Money::isZero);
        return values;
    }

    /** A warehouse by its id, goods in transit as {@code transit-<dispatch>}: the warehouse dimension of their vouchers. */
    private static String place(Location location) {
        return location instanceof Location.InWarehouse w ? Long.toString(w.warehouse().value())
                : "transit-" + ((Location.InTransit) location).dispatch().value();
    }

    /** The slot's share of its costing key (under the scope in force that day) (all of it when it holds the whole key). */
    private static BalanceRow row(StockLedger ledger, StockSlot slot, Quantity qty, Map<CostingKey, StockMovement> keys,
                                  io.xinling.domain.inventory.CostingScope scope) {
        boolean batchCosted = ledger.setup().catalog().find(slot.sku()).map(Sku::batchCosting).orElse(false);
        StockMovement key = keys.get(CostingKey.of(slot, scope, batchCosted));
        Money zero = Money.zero(ledger.setup().settings().currency());
        if (key == null || key.quantityAfter().isZero()) {
            return new BalanceRow(slot, qty, key == null ? zero : key.valueAfter());
        }
        if (key.quantityAfter().equals(qty)) {
            return new BalanceRow(slot, qty, key.valueAfter());
        }
        Money value = key.valueAfter().times(qty.value().divide(key.quantityAfter().value(), 12, RoundingMode.HALF_UP),
                RoundingMode.HALF_UP);
        return new BalanceRow(slot, qty, value);
    }

    private static boolean matches(StockSlot slot, Optional<Long> warehouse, Optional<Long> sku) {
        boolean inWarehouse = warehouse.isEmpty() || slot.location().equals(Location.of(new WarehouseId(warehouse.get())));
        return inWarehouse && (sku.isEmpty() || slot.sku().equals(new SkuId(sku.get())));
    }

    @Override
    public Either<StockError, List<StockMovement>> movements(TenantId tenant, long sku, Optional<Long> warehouse) {
        return Either.right(ledgers.current(tenant).movements().stream()
                .filter(m -> matches(m.spec().slot(), warehouse, Optional.of(sku))).toList());
    }

    @Override
    public Either<StockError, List<StockMovement>> serialTrace(TenantId tenant, String serial) {
        if (serial == null || serial.isBlank() || serial.strip().length() > 64) {
            return Either.left(new StockError.NotFound("inventory", "serial", "with that number"));
        }
        SerialNo sn = new SerialNo(serial);
        List<StockMovement> trail = ledgers.current(tenant).movements().stream()
                .filter(m -> m.spec().serials().contains(sn)).toList();
        return trail.isEmpty() ? Either.left(new StockError.NotFound("inventory", "serial", serial))
                : Either.right(trail);
    }

    @Override
    public Either<StockError, List<SerialStatus>> serialState(TenantId tenant, String serial) {
        return serialTrace(tenant, serial).map(trail -> {
            SerialNo sn = new SerialNo(serial);
            StockLedger ledger = ledgers.current(tenant, trail.stream().map(m -> m.spec().sku().value())
                    .collect(Collectors.toSet()));
            List<SerialStatus> out = new ArrayList<>();
            trail.stream().map(m -> m.spec().sku()).distinct().forEach(sku -> {
                SerialTrace trace = SerialTrace.of(ledger, sku, sn);
                if (!trace.events().isEmpty()) {
                    SerialEvent last = trace.events().get(trace.events().size() - 1);
                    out.add(new SerialStatus(sku.value(), sn.value(), last.state(), last.location(), last.at().date(),
                            last.movement()));
                }
            });
            return out;
        });
    }

    @Override
    public Either<StockError, List<BatchPick>> fefo(TenantId tenant, long warehouse, long sku, String quantity,
                                                    Optional<String> unit) {
        Either<StockError, Quantity> entered = Quantity.parse("quantity", quantity == null ? "" : quantity)
                .<StockError>mapLeft(StockError::of)
                .filterOrElse(Quantity::isPositive, q -> new StockError.Invalid("quantity", "must be positive"));
        if (entered.isLeft()) {
            return Either.left(entered.getLeft());
        }
        StockLedger ledger = ledgers.current(tenant, List.of(sku));
        WarehouseId w = new WarehouseId(warehouse);
        if (!ledger.setup().warehouses().containsKey(w)) {
            return Either.left(StockError.of(new InventoryError.UnknownWarehouse(w)));
        }
        Optional<Sku> found = ledger.setup().catalog().find(new SkuId(sku));
        if (found.isEmpty()) {
            return Either.left(StockError.of(new InventoryError.Catalog(new CatalogError.UnknownSku(new SkuId(sku)))));
        }
        Sku s = found.get();
        if (s.tracking() != TrackingPolicy.BATCH) {
            return Either.left(new StockError.Invalid("skuId", "SKU " + sku + " is not batch-tracked"));
        }
        Unit in = unit.filter(u -> !u.isBlank()).map(Unit::of).orElse(s.baseUnit());
        return s.toBase(new UnitQuantity(entered.get(), in))
                .<StockError>mapLeft(e -> new StockError.Invalid("unit", e.message()))
                .flatMap(base -> new Batches(ledger).pickFefo(w, s.id(), base).<StockError>mapLeft(StockError::of));
    }

    @Override
    public Either<StockError, List<ExpiringBatch>> expiring(TenantId tenant, LocalDate before) {
        StockLedger ledger = ledgers.current(tenant);
        Map<String, LocalDate> expiry = new LinkedHashMap<>();
        for (BatchExpiry b : documents.receivedBatches(tenant)) {
            Optional<LocalDate> date = b.expiresOn().or(() -> b.producedOn().flatMap(p ->
                    ledger.setup().catalog().find(new SkuId(b.sku())).flatMap(s -> s.expiryOf(p))));
            date.ifPresent(d -> expiry.merge(b.sku() + "/" + b.batch(), d, (x, y) -> x.isBefore(y) ? x : y));
        }
        List<ExpiringBatch> out = new ArrayList<>();
        for (SlotBalance s : ledger.slotBalances()) {
            Optional<BatchNo> batch = s.slot().batch();
            LocalDate date = batch.map(b -> expiry.get(s.slot().sku().value() + "/" + b.value())).orElse(null);
            if (date != null && date.isBefore(before) && s.onHand().isPositive()) {
                out.add(new ExpiringBatch(s.slot(), date, s.onHand()));
            }
        }
        return Either.right(out);
    }

    @Override
    public Either<StockError, List<LedgerStore.Availability>> availability(TenantId tenant, Optional<Long> warehouse,
                                                                          Optional<Long> sku) {
        return Either.right(store.availability(tenant, warehouse.map(WarehouseId::new).stream().toList(),
                sku.map(SkuId::new).stream().toList()));
    }
}
