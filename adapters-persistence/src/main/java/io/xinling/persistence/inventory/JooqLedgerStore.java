package io.xinling.persistence.inventory;

import io.xinling.application.inventory.port.LedgerStore;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.SerialNo;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.costing.StoredCost;
import io.xinling.domain.inventory.ledger.CostDelta;
import io.xinling.domain.inventory.ledger.KeyBalance;
import io.xinling.domain.inventory.ledger.MovementSpec;
import io.xinling.domain.inventory.ledger.SlotBalance;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.COST_DELTAS;
import static io.xinling.persistence.jooq.Tables.INVENTORY_LEDGER_HEADS;
import static io.xinling.persistence.jooq.Tables.STOCK_AVAILABILITY;
import static io.xinling.persistence.jooq.Tables.STOCK_KEY_BALANCES;
import static io.xinling.persistence.jooq.Tables.STOCK_MOVEMENTS;
import static io.xinling.persistence.jooq.Tables.STOCK_RESERVATIONS;
import static io.xinling.persistence.jooq.Tables.STOCK_SLOT_BALANCES;

/** The stock ledger's rows in PostgreSQL; writes are batched, the head row serialises posting. */
public final class JooqLedgerStore implements LedgerStore {

    private static final String ACTIVE = "ACTIVE";
    private final DSLContext dsl;

    public JooqLedgerStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long lockHead(TenantId tenant) {
        dsl.insertInto(INVENTORY_LEDGER_HEADS).set(INVENTORY_LEDGER_HEADS.TENANT_ID, tenant.value())
                .set(INVENTORY_LEDGER_HEADS.VERSION, 0L).onConflictDoNothing().execute();
        return dsl.select(INVENTORY_LEDGER_HEADS.VERSION).from(INVENTORY_LEDGER_HEADS)
                .where(INVENTORY_LEDGER_HEADS.TENANT_ID.eq(tenant.value())).forUpdate().fetchSingle().value1();
    }

    @Override
    public long headVersion(TenantId tenant) {
        return dsl.select(INVENTORY_LEDGER_HEADS.VERSION).from(INVENTORY_LEDGER_HEADS)
                .where(INVENTORY_LEDGER_HEADS.TENANT_ID.eq(tenant.value())).fetchOptional().map(r -> r.value1()).orElse(0L);
    }

    @Override
    public void setHead(TenantId tenant, long version) {
        dsl.update(INVENTORY_LEDGER_HEADS).set(INVENTORY_LEDGER_HEADS.VERSION, version)
                .where(INVENTORY_LEDGER_HEADS.TENANT_ID.eq(tenant.value())).execute();
    }

    @Override
    public void appendMovements(TenantId tenant, List<StockMovement> movements) {
        List<Query> inserts = new ArrayList<>();
        for (StockMovement m : movements) {
            MovementSpec s = m.spec();
            StoredCost c = m.cost();
            inserts.add(dsl.insertInto(STOCK_MOVEMENTS)
                    .set(STOCK_MOVEMENTS.TENANT_ID, tenant.value()).set(STOCK_MOVEMENTS.DOCUMENT_ID, s.id().document().value())
                    .set(STOCK_MOVEMENTS.LINE_NO, s.id().line()).set(STOCK_MOVEMENTS.LEG, s.id().leg())
                    .set(STOCK_MOVEMENTS.MV_DATE, s.ordering().date()).set(STOCK_MOVEMENTS.MV_TIME, s.ordering().time())
                    .set(STOCK_MOVEMENTS.SEQ, s.ordering().seq()).set(STOCK_MOVEMENTS.ORDERING_LEG, s.ordering().leg())
                    .set(STOCK_MOVEMENTS.WAREHOUSE_ID, s.slot().location() instanceof Location.InWarehouse w
                            ? w.warehouse().value() : null)
                    .set(STOCK_MOVEMENTS.TRANSIT_OF, s.slot().location() instanceof Location.InTransit t
                            ? t.dispatch().value() : null)
                    .set(STOCK_MOVEMENTS.SKU_ID, s.sku().value()).set(STOCK_MOVEMENTS.BATCH_NO, s.slot().batch().map(BatchNo::value).orElse(null))
                    .set(STOCK_MOVEMENTS.KIND, s.kind().name()).set(STOCK_MOVEMENTS.QUANTITY, s.quantity().value())
                    .set(STOCK_MOVEMENTS.ENTERED_QTY, s.entered().quantity().value())
                    .set(STOCK_MOVEMENTS.ENTERED_UNIT, s.entered().unit().code())
                    .set(STOCK_MOVEMENTS.INPUT_AMOUNT, s.input().minor())
                    .set(STOCK_MOVEMENTS.SERIALS, s.serials().stream().map(SerialNo::value).toArray(String[]::new))
                    .set(STOCK_MOVEMENTS.AMOUNT, c.amount()).set(STOCK_MOVEMENTS.SETTLEMENT, c.settlement())
                    .set(STOCK_MOVEMENTS.DERIVED_QTY, c.derivedQty()).set(STOCK_MOVEMENTS.QTY_AFTER, c.qtyAfter())
                    .set(STOCK_MOVEMENTS.VALUE_AFTER, c.valueAfter()).set(STOCK_MOVEMENTS.SLOT_AFTER, c.slotAfter())
                    .set(STOCK_MOVEMENTS.BASIS, c.basis().name()));
        }
        execute(inserts);
    }

    @Override
    public void updateCosts(TenantId tenant, List<StockMovement> movements) {
        List<Query> updates = new ArrayList<>();
        for (StockMovement m : movements) {
            StoredCost c = m.cost();
            updates.add(dsl.update(STOCK_MOVEMENTS).set(STOCK_MOVEMENTS.AMOUNT, c.amount())
                    .set(STOCK_MOVEMENTS.SETTLEMENT, c.settlement()).set(STOCK_MOVEMENTS.DERIVED_QTY, c.derivedQty())
                    .set(STOCK_MOVEMENTS.QTY_AFTER, c.qtyAfter()).set(STOCK_MOVEMENTS.VALUE_AFTER, c.valueAfter())
                    .set(STOCK_MOVEMENTS.SLOT_AFTER, c.slotAfter()).set(STOCK_MOVEMENTS.BASIS, c.basis().name())
                    .where(STOCK_MOVEMENTS.TENANT_ID.eq(tenant.value())
                            .and(STOCK_MOVEMENTS.DOCUMENT_ID.eq(m.id().document().value()))
                            .and(STOCK_MOVEMENTS.LINE_NO.eq(m.id().line())).and(STOCK_MOVEMENTS.LEG.eq(m.id().leg()))));
        }
        execute(updates);
    }

    @Override
    public void cancelMovements(TenantId tenant, DocumentId document) {
        dsl.update(STOCK_MOVEMENTS).set(STOCK_MOVEMENTS.CANCELLED, true)
                .where(STOCK_MOVEMENTS.TENANT_ID.eq(tenant.value()).and(STOCK_MOVEMENTS.DOCUMENT_ID.eq(document.value())))
                .execute();
    }

    @Override
    public void appendDeltas(TenantId tenant, DocumentId causedBy, List<CostDelta> deltas, Instant at) {
        List<Query> inserts = new ArrayList<>();
        for (CostDelta d : deltas) {
            inserts.add(dsl.insertInto(COST_DELTAS).set(COST_DELTAS.TENANT_ID, tenant.value())
                    .set(COST_DELTAS.DOCUMENT_ID, d.movement().document().value()).set(COST_DELTAS.LINE_NO, d.movement().line())
                    .set(COST_DELTAS.LEG, d.movement().leg()).set(COST_DELTAS.CAUSED_BY, causedBy.value())
                    .set(COST_DELTAS.OLD_AMOUNT, d.oldAmount().minor()).set(COST_DELTAS.NEW_AMOUNT, d.newAmount().minor())
                    .set(COST_DELTAS.OLD_SETTLEMENT, d.oldSettlement().minor())
                    .set(COST_DELTAS.NEW_SETTLEMENT, d.newSettlement().minor())
                    .set(COST_DELTAS.CREATED_AT, at.atOffset(ZoneOffset.UTC)));
        }
        execute(inserts);
    }

    @Override
    public void saveBalances(TenantId tenant, List<KeyBalance> keys, List<SlotBalance> slots) {
        List<Query> upserts = new ArrayList<>();
        for (KeyBalance k : keys) {
            String location = k.key().location().map(JooqLedgerStore::location).orElse("");
            upserts.add(dsl.insertInto(STOCK_KEY_BALANCES).set(STOCK_KEY_BALANCES.TENANT_ID, tenant.value())
                    .set(STOCK_KEY_BALANCES.LOCATION, location).set(STOCK_KEY_BALANCES.SKU_ID, k.key().sku().value())
                    .set(STOCK_KEY_BALANCES.BATCH_NO, batch(k.key().batch()))
                    .set(STOCK_KEY_BALANCES.QUANTITY, k.quantity().value()).set(STOCK_KEY_BALANCES.VALUE, k.value().minor())
                    .onConflict(STOCK_KEY_BALANCES.TENANT_ID, STOCK_KEY_BALANCES.LOCATION, STOCK_KEY_BALANCES.SKU_ID,
                            STOCK_KEY_BALANCES.BATCH_NO)
                    .doUpdate().set(STOCK_KEY_BALANCES.QUANTITY, k.quantity().value())
                    .set(STOCK_KEY_BALANCES.VALUE, k.value().minor()));
        }
        for (SlotBalance s : slots) {
            upserts.add(dsl.insertInto(STOCK_SLOT_BALANCES).set(STOCK_SLOT_BALANCES.TENANT_ID, tenant.value())
                    .set(STOCK_SLOT_BALANCES.LOCATION, location(s.slot().location()))
                    .set(STOCK_SLOT_BALANCES.SKU_ID, s.slot().sku().value())
                    .set(STOCK_SLOT_BALANCES.BATCH_NO, batch(s.slot().batch()))
                    .set(STOCK_SLOT_BALANCES.QUANTITY, s.onHand().value())
                    .onConflict(STOCK_SLOT_BALANCES.TENANT_ID, STOCK_SLOT_BALANCES.LOCATION, STOCK_SLOT_BALANCES.SKU_ID,
                            STOCK_SLOT_BALANCES.BATCH_NO)
                    .doUpdate().set(STOCK_SLOT_BALANCES.QUANTITY, s.onHand().value()));
        }
        execute(upserts);
    }

    @Override
    public void setOnHand(TenantId tenant, Map<WarehouseId, Map<SkuId, Quantity>> onHand) {
        List<Query> upserts = new ArrayList<>();
        onHand.forEach((w, bySku) -> bySku.forEach((sku, q) -> upserts.add(dsl.insertInto(STOCK_AVAILABILITY)
                .set(STOCK_AVAILABILITY.TENANT_ID, tenant.value()).set(STOCK_AVAILABILITY.WAREHOUSE_ID, w.value())
                .set(STOCK_AVAILABILITY.SKU_ID, sku.value()).set(STOCK_AVAILABILITY.ON_HAND, q.value())
                .onConflict(STOCK_AVAILABILITY.TENANT_ID, STOCK_AVAILABILITY.WAREHOUSE_ID, STOCK_AVAILABILITY.SKU_ID)
                .doUpdate().set(STOCK_AVAILABILITY.ON_HAND, q.value()))));
        execute(upserts);
    }

    @Override
    public long reserve(TenantId tenant, WarehouseId warehouse, SkuId sku, Quantity quantity, String reference, Instant at) {
        int updated = dsl.update(STOCK_AVAILABILITY).set(STOCK_AVAILABILITY.RESERVED,
                        STOCK_AVAILABILITY.RESERVED.plus(quantity.value()))
                .where(availability(tenant, warehouse, sku)
                        .and(STOCK_AVAILABILITY.ON_HAND.minus(STOCK_AVAILABILITY.RESERVED).ge(quantity.value())))
                .execute();
        if (updated == 0) {
            return 0;
        }
        return dsl.insertInto(STOCK_RESERVATIONS).set(STOCK_RESERVATIONS.TENANT_ID, tenant.value())
                .set(STOCK_RESERVATIONS.WAREHOUSE_ID, warehouse.value()).set(STOCK_RESERVATIONS.SKU_ID, sku.value())
                .set(STOCK_RESERVATIONS.QUANTITY, quantity.value()).set(STOCK_RESERVATIONS.REFERENCE, reference)
                .set(STOCK_RESERVATIONS.STATE, ACTIVE).set(STOCK_RESERVATIONS.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .returning(STOCK_RESERVATIONS.RESERVATION_ID).fetchSingle().getReservationId();
    }

    @Override
    public boolean release(TenantId tenant, long reservation) {
        var released = dsl.update(STOCK_RESERVATIONS).set(STOCK_RESERVATIONS.STATE, "RELEASED")
                .where(STOCK_RESERVATIONS.TENANT_ID.eq(tenant.value())
                        .and(STOCK_RESERVATIONS.RESERVATION_ID.eq(reservation)).and(STOCK_RESERVATIONS.STATE.eq(ACTIVE)))
                .returning(STOCK_RESERVATIONS.WAREHOUSE_ID, STOCK_RESERVATIONS.SKU_ID, STOCK_RESERVATIONS.QUANTITY)
                .fetchOptional();
        released.ifPresent(r -> dsl.update(STOCK_AVAILABILITY)
                .set(STOCK_AVAILABILITY.RESERVED, STOCK_AVAILABILITY.RESERVED.minus(r.getQuantity()))
                .where(availability(tenant, new WarehouseId(r.getWarehouseId()), new SkuId(r.getSkuId()))).execute());
        return released.isPresent();
    }

    @Override
    public List<Availability> availability(TenantId tenant, Collection<WarehouseId> warehouses, Collection<SkuId> skus) {
        Condition where = STOCK_AVAILABILITY.TENANT_ID.eq(tenant.value());
        if (!warehouses.isEmpty()) {
            where = where.and(STOCK_AVAILABILITY.WAREHOUSE_ID.in(warehouses.stream().map(WarehouseId::value).toList()));
        }
        if (!skus.isEmpty()) {
            where = where.and(STOCK_AVAILABILITY.SKU_ID.in(skus.stream().map(SkuId::value).toList()));
        }
        return dsl.selectFrom(STOCK_AVAILABILITY).where(where)
                .orderBy(STOCK_AVAILABILITY.WAREHOUSE_ID, STOCK_AVAILABILITY.SKU_ID)
                .fetch(r -> new Availability(new WarehouseId(r.getWarehouseId()), new SkuId(r.getSkuId()),
                        new Quantity(r.getOnHand()), new Quantity(r.getReserved())));
    }

    private static Condition availability(TenantId tenant, WarehouseId warehouse, SkuId sku) {
        return STOCK_AVAILABILITY.TENANT_ID.eq(tenant.value()).and(STOCK_AVAILABILITY.WAREHOUSE_ID.eq(warehouse.value()))
                .and(STOCK_AVAILABILITY.SKU_ID.eq(sku.value()));
    }

    private void execute(List<Query> queries) {
        if (queries.size() == 1) {
            queries.get(0).execute();
        } else if (!queries.isEmpty()) {
            dsl.batch(queries).execute();
        }
    }

    static String location(Location location) {
        return location instanceof Location.InWarehouse w ? "W" + w.warehouse().value()
                : "T" + ((Location.InTransit) location).dispatch().value();
    }

    private static String batch(Optional<BatchNo> batch) {
        return batch.map(BatchNo::value).orElse("");
    }

}
