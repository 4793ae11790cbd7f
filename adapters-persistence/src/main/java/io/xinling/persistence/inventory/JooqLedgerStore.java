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
import io.xinling.persistence.common.BinaryCopy;
import io.xinling.persistence.common.Jdbc;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

import static io.xinling.persistence.jooq.Tables.INVENTORY_GROUP_HEADS;
import static io.xinling.persistence.jooq.Tables.INVENTORY_SKU_GROUPS;
import static io.xinling.persistence.jooq.Tables.STOCK_AVAILABILITY;
import static io.xinling.persistence.jooq.Tables.STOCK_MOVEMENTS;
import static io.xinling.persistence.jooq.Tables.STOCK_RESERVATIONS;

/** The stock ledger's rows in PostgreSQL; writes are batched, the group head rows serialise posting. */
public final class JooqLedgerStore implements LedgerStore {

    private static final String ACTIVE = "ACTIVE";
    // Fixed SQL on JDBC (see Jdbc) for the statements every post runs.
    private static final String GROUPS_OF = "select sku_id, group_id from inventory_sku_groups where tenant_id = ? "
            + "and sku_id = any(?::bigint[])";
    private static final String NEXT_EVENT = "select nextval('inventory_event_seq')";
    private static final String LOCK_GROUP = "insert into inventory_group_heads (tenant_id, group_id, version) values (?, ?, 0) "
            + "on conflict (tenant_id, group_id) do update set version = inventory_group_heads.version returning version";
    /**
     * {@link #LOCK_GROUP} for many, the rows inserted or locked in the order of the select, ascending; then, once they
     * are held, {@link #GROUPS_OF} and a new event number.
     */
    private static final String LOCK_GROUPS = "insert into inventory_group_heads as h (tenant_id, group_id, version) "
            + "select ?, g, 0 from unnest(?::bigint[]) as g order by g "
            + "on conflict (tenant_id, group_id) do update set version = h.version returning group_id, version;\n"
            + GROUPS_OF + ";\n" + NEXT_EVENT;
    /**
     * {@link #LOCK_GROUPS} for the groups {@code skus} belong to as the statement starts: one round trip where reading
     * the groups first would take two.
     */
    private static final String LOCK_GROUPS_OF = "insert into inventory_group_heads as h (tenant_id, group_id, version) "
            + "select ?, g, 0 from (select distinct coalesce(sg.group_id, s.sku) as g from unnest(?::bigint[]) as s(sku) "
            + "left join inventory_sku_groups sg on sg.tenant_id = ? and sg.sku_id = s.sku) as x order by g "
            + "on conflict (tenant_id, group_id) do update set version = h.version returning group_id, version;\n"
            + GROUPS_OF + ";\n" + NEXT_EVENT;
    private static final String VERSIONS_OF_GROUPS_OF = """
            select coalesce(g.group_id, s.sku), coalesce(h.version, 0)
            from unnest(?::bigint[]) as s(sku)
            left join inventory_sku_groups g on g.tenant_id = ? and g.sku_id = s.sku
            left join inventory_group_heads h on h.tenant_id = ? and h.group_id = coalesce(g.group_id, s.sku)""";
    private static final String RECORD_EVENT = """
            with e as (insert into inventory_group_events (tenant_id, group_id, seq, document_id, cancellation)
                       select ?, g, ?, ?, ? from unnest(?::bigint[]) as g)
            update inventory_group_heads set version = ? where tenant_id = ? and group_id = any(?::bigint[])""";

    /** Key and slot balances as they are after a change: both tables in one statement, columns as arrays. */
    private static final String SAVE_BALANCES = """
            with k as (
                insert into stock_key_balances (tenant_id, location, sku_id, batch_no, quantity, value)
                select ?, * from unnest(?::text[], ?::bigint[], ?::text[], ?::text[]::numeric[], ?::bigint[])
                on conflict (tenant_id, location, sku_id, batch_no)
                do update set quantity = excluded.quantity, value = excluded.value)
            insert into stock_slot_balances (tenant_id, location, sku_id, batch_no, quantity)
            select ?, * from unnest(?::text[], ?::bigint[], ?::text[], ?::text[]::numeric[])
            on conflict (tenant_id, location, sku_id, batch_no) do update set quantity = excluded.quantity""";
    private static final String SET_ON_HAND = """
            insert into stock_availability (tenant_id, warehouse_id, sku_id, on_hand)
            select ?, * from unnest(?::bigint[], ?::bigint[], ?::text[]::numeric[])
            on conflict (tenant_id, warehouse_id, sku_id) do update set on_hand = excluded.on_hand""";

    /** New movements, columns as arrays; each row's serials travel as one text[] literal. */
    private static final String APPEND_MOVEMENTS = """
            insert into stock_movements (tenant_id, document_id, line_no, leg, mv_date, mv_time, seq, ordering_leg, warehouse_id,
                transit_of, sku_id, batch_no, kind, quantity, entered_qty, entered_unit, input_amount, serials, amount,
                settlement, derived_qty, qty_after, value_after, slot_after, basis)
            select ?, d, l, g, dt, tm, sq, ol, w, tr, sk, b, k, q, eq, eu, ia, sr::text[], a, st, dq, qa, va, sa, bs
            from unnest(?::bigint[], ?::int[], ?::int[], ?::text[]::date[], ?::text[]::time[], ?::bigint[], ?::int[],
                ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[]::numeric[], ?::text[]::numeric[],
                ?::text[], ?::bigint[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[],
                ?::text[]) as r(d, l, g, dt, tm, sq, ol, w, tr, sk, b, k, q, eq, eu, ia, sr, a, st, dq, qa, va, sa, bs)""";
    /** {@link #appendAtTail}: three statements in one round trip (an empty array writes no row). */
    private static final String APPEND_AT_TAIL = APPEND_MOVEMENTS + ";\n" + SAVE_BALANCES + ";\n" + SET_ON_HAND;

    /**
     * Up to this many cost deltas go in one insert over arrays; more (a backdated post before many rows) in a binary COPY,
     * whose second round trip costs less than the per-row inserts it saves: PostgreSQL writes its rows a page at a time.
     */
    static final int FEW_DELTAS = 256;

    private final DSLContext dsl;
    private final Jdbc jdbc;

    public JooqLedgerStore(DSLContext dsl) {
        this.dsl = dsl;
        this.jdbc = new Jdbc(dsl);
    }

    /** The group of each SKU (its own id when it joined none). */
    Map<Long, Long> groupsOf(TenantId tenant, Collection<Long> skus) {
        Map<Long, Long> out = new HashMap<>();
        skus.forEach(sku -> out.put(sku, sku));
        return jdbc.query(GROUPS_OF, rows -> pairs(rows, out), tenant.value(), skus.toArray(Long[]::new));
    }

    /** Puts each row's two longs into {@code out}, which it returns. */
    private static Map<Long, Long> pairs(java.sql.ResultSet rows, Map<Long, Long> out) throws java.sql.SQLException {
        while (rows.next()) {
            out.put(rows.getLong(1), rows.getLong(2));
        }
        return out;
    }

    private static long single(java.sql.ResultSet rows) throws java.sql.SQLException {
        if (!rows.next()) {
            throw new java.sql.SQLException("no row returned");
        }
        return rows.getLong(1);
    }

    @Override
    public Set<Long> members(TenantId tenant, long group) {
        Set<Long> out = new HashSet<>(dsl.select(INVENTORY_SKU_GROUPS.SKU_ID).from(INVENTORY_SKU_GROUPS)
                .where(INVENTORY_SKU_GROUPS.TENANT_ID.eq(tenant.value()).and(INVENTORY_SKU_GROUPS.GROUP_ID.eq(group)))
                .fetch(r -> r.value1()));
        if (group > 0 && groupsOf(tenant, List.of(group)).get(group).longValue() == group) {
            out.add(group);
        }
        return out;
    }

    /** One statement: creates the head when new, and either way leaves its row locked. */
    @Override
    public long lockGroup(TenantId tenant, long group) {
        return jdbc.query(LOCK_GROUP, JooqLedgerStore::single, tenant.value(), group);
    }

    @Override
    public Locked lockGroups(TenantId tenant, SortedSet<Long> groups, Collection<Long> skus) {
        return locked(LOCK_GROUPS, skus, tenant.value(), groups.toArray(Long[]::new), tenant.value(),
                skus.toArray(Long[]::new));
    }

    @Override
    public Locked lockGroupsOf(TenantId tenant, Collection<Long> skus) {
        Long[] ids = skus.toArray(Long[]::new);
        return locked(LOCK_GROUPS_OF, skus, tenant.value(), ids, tenant.value(), tenant.value(), ids);
    }

    /** Runs {@code sql}, {@link #LOCK_GROUPS} or {@link #LOCK_GROUPS_OF}, and reads what it found. */
    private Locked locked(String sql, Collection<Long> skus, Object... args) {
        Map<Long, Long> regrouped = new HashMap<>();
        skus.forEach(sku -> regrouped.put(sku, sku));
        List<Object> found = jdbc.queries(sql, List.of(rows -> pairs(rows, new HashMap<>()),
                rows -> pairs(rows, regrouped), JooqLedgerStore::single), args);
        @SuppressWarnings("unchecked")
        Map<Long, Long> versions = (Map<Long, Long>) found.get(0);
        return new Locked(versions, regrouped, (Long) found.get(2));
    }

    @Override
    public Map<Long, Long> groupVersions(TenantId tenant) {
        Map<Long, Long> out = new HashMap<>();
        dsl.select(INVENTORY_GROUP_HEADS.GROUP_ID, INVENTORY_GROUP_HEADS.VERSION).from(INVENTORY_GROUP_HEADS)
                .where(INVENTORY_GROUP_HEADS.TENANT_ID.eq(tenant.value()).and(INVENTORY_GROUP_HEADS.VERSION.gt(0L)))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    @Override
    public Map<Long, Long> versionsOfGroupsOf(TenantId tenant, Collection<Long> skus) {
        return jdbc.query(VERSIONS_OF_GROUPS_OF, rows -> pairs(rows, new HashMap<>()), skus.toArray(Long[]::new),
                tenant.value(), tenant.value());
    }

    @Override
    public long nextEvent() {
        return jdbc.query(NEXT_EVENT, JooqLedgerStore::single);
    }

    @Override
    public void recordEvent(TenantId tenant, Collection<Long> groups, long event, long document, boolean cancellation) {
        Long[] ids = groups.toArray(Long[]::new);
        jdbc.later(RECORD_EVENT, tenant.value(), event, document, cancellation, ids, event, tenant.value(), ids);
    }

    @Override
    public void mergeGroups(TenantId tenant, long into, Collection<Long> others) {
        if (others.isEmpty()) {
            return;
        }
        Long[] ids = others.toArray(Long[]::new);
        // A SKU that is its own group (a positive id) has no row yet: it gets one.
        dsl.execute("""
                insert into inventory_sku_groups (tenant_id, sku_id, group_id)
                select ?, g, ? from unnest(?::bigint[]) as g where g > 0
                on conflict do nothing""", tenant.value(), into, ids);
        dsl.execute("update inventory_sku_groups set group_id = ? where tenant_id = ? and group_id = any(?::bigint[])",
                into, tenant.value(), ids);
        dsl.execute("""
                insert into inventory_group_events (tenant_id, group_id, seq, document_id, cancellation)
                select tenant_id, ?, seq, document_id, cancellation from inventory_group_events
                where tenant_id = ? and group_id = any(?::bigint[])
                on conflict do nothing""", into, tenant.value(), ids);
        dsl.execute("delete from inventory_group_events where tenant_id = ? and group_id = any(?::bigint[])",
                tenant.value(), ids);
        dsl.execute("update inventory_group_heads set version = 0 where tenant_id = ? and group_id = any(?::bigint[])",
                tenant.value(), ids);
    }

    @Override
    public void appendMovements(TenantId tenant, List<StockMovement> movements) {
        if (!movements.isEmpty()) {
            jdbc.update(APPEND_MOVEMENTS, movementArgs(tenant, movements));
        }
    }

    /** The arguments of {@link #APPEND_MOVEMENTS}. */
    private static Object[] movementArgs(TenantId tenant, List<StockMovement> movements) {
        int n = movements.size();
        Long[] doc = new Long[n];
        Integer[] line = new Integer[n];
        Integer[] leg = new Integer[n];
        String[] date = new String[n];
        String[] time = new String[n];
        Long[] seq = new Long[n];
        Integer[] orderingLeg = new Integer[n];
        Long[] warehouse = new Long[n];
        Long[] transit = new Long[n];
        Long[] sku = new Long[n];
        String[] batch = new String[n];
        String[] kind = new String[n];
        String[] quantity = new String[n];
        String[] enteredQty = new String[n];
        String[] enteredUnit = new String[n];
        Long[] input = new Long[n];
        String[] serials = new String[n];
        long[][] costs = new long[6][n];
        String[] basis = new String[n];
        for (int i = 0; i < n; i++) {
            MovementSpec s = movements.get(i).spec();
            StoredCost c = movements.get(i).cost();
            doc[i] = s.id().document().value();
            line[i] = s.id().line();
            leg[i] = s.id().leg();
            date[i] = s.ordering().date().toString();
            time[i] = s.ordering().time().toString();
            seq[i] = s.ordering().seq();
            orderingLeg[i] = s.ordering().leg();
            warehouse[i] = s.slot().location() instanceof Location.InWarehouse w ? w.warehouse().value() : null;
            transit[i] = s.slot().location() instanceof Location.InTransit t ? t.dispatch().value() : null;
            sku[i] = s.sku().value();
            batch[i] = s.slot().batch().map(BatchNo::value).orElse(null);
            kind[i] = s.kind().name();
            quantity[i] = s.quantity().value().toPlainString();
            enteredQty[i] = s.entered().quantity().value().toPlainString();
            enteredUnit[i] = s.entered().unit().code();
            input[i] = s.input().minor();
            serials[i] = textArray(s.serials().stream().map(SerialNo::value).toList());
            putCosts(costs, basis, i, c);
        }
        return new Object[] {tenant.value(), doc, line, leg, date, time, seq, orderingLeg, warehouse, transit, sku, batch,
            kind, quantity, enteredQty, enteredUnit, input, serials, costs[0], costs[1], costs[2], costs[3], costs[4],
            costs[5], basis};
    }

    /** Row {@code i} of the stored-cost columns (amount, settlement, derived qty, qty, value and slot after; basis). */
    private static void putCosts(long[][] costs, String[] basis, int i, StoredCost c) {
        costs[0][i] = c.amount();
        costs[1][i] = c.settlement();
        costs[2][i] = c.derivedQty();
        costs[3][i] = c.qtyAfter();
        costs[4][i] = c.valueAfter();
        costs[5][i] = c.slotAfter();
        basis[i] = c.basis().name();
    }

    /** A PostgreSQL text[] literal of {@code items}, each quoted ({@code "} and {@code \} escaped). */
    static String textArray(List<String> items) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "\"" : ",\"");
            String item = items.get(i);
            for (int j = 0; j < item.length(); j++) {
                char ch = item.charAt(j);
                if (ch == '"' || ch == '\\') {
                    out.append('\\');
                }
                out.append(ch);
            }
            out.append('"');
        }
        return out.append('}').toString();
    }

    /** One statement for all rows: the new costs travel as arrays and are joined back by key. */
    @Override
    public void updateCosts(TenantId tenant, List<StockMovement> movements) {
        if (movements.isEmpty()) {
            return;
        }
        int n = movements.size();
        long[] doc = new long[n];
        int[] line = new int[n];
        int[] leg = new int[n];
        long[][] costs = new long[6][n];
        String[] basis = new String[n];
        for (int i = 0; i < n; i++) {
            StockMovement m = movements.get(i);
            StoredCost c = m.cost();
            doc[i] = m.id().document().value();
            line[i] = m.id().line();
            leg[i] = m.id().leg();
            putCosts(costs, basis, i, c);
        }
        executeWithArrays("""
                update stock_movements m set amount = v.amount, settlement = v.settlement, derived_qty = v.dq,
                       qty_after = v.qa, value_after = v.va, slot_after = v.sa, basis = v.basis
                from unnest(?::bigint[], ?::int[], ?::int[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[],
                            ?::bigint[], ?::bigint[], ?::text[]) as v(doc, line, leg, amount, settlement, dq, qa, va, sa, basis)
                where m.tenant_id = ? and m.document_id = v.doc and m.line_no = v.line and m.leg = v.leg""",
                doc, line, leg, costs[0], costs[1], costs[2], costs[3], costs[4], costs[5], basis, tenant.value());
    }

    @Override
    public void cancelMovements(TenantId tenant, DocumentId document) {
        dsl.update(STOCK_MOVEMENTS).set(STOCK_MOVEMENTS.CANCELLED, true)
                .where(STOCK_MOVEMENTS.TENANT_ID.eq(tenant.value()).and(STOCK_MOVEMENTS.DOCUMENT_ID.eq(document.value())))
                .execute();
    }

    @Override
    public void appendDeltas(TenantId tenant, DocumentId causedBy, List<CostDelta> deltas, Instant at) {
        if (deltas.isEmpty()) {
            return;
        }
        if (deltas.size() > FEW_DELTAS) {
            BinaryCopy data = new BinaryCopy(deltas.size() * 110 + 64);
            for (CostDelta d : deltas) {
                data.row(10).int8(tenant.value()).int8(d.movement().document().value()).int4(d.movement().line())
                        .int4(d.movement().leg()).int8(causedBy.value()).int8(d.oldAmount().minor())
                        .int8(d.newAmount().minor()).int8(d.oldSettlement().minor()).int8(d.newSettlement().minor())
                        .timestamptz(at);
            }
            jdbc.copy("cost_deltas (tenant_id, document_id, line_no, leg, caused_by, old_amount, new_amount, "
                    + "old_settlement, new_settlement, created_at)", data);
            return;
        }
        int n = deltas.size();
        long[] doc = new long[n];
        int[] line = new int[n];
        int[] leg = new int[n];
        long[][] amounts = new long[4][n];
        for (int i = 0; i < n; i++) {
            CostDelta d = deltas.get(i);
            doc[i] = d.movement().document().value();
            line[i] = d.movement().line();
            leg[i] = d.movement().leg();
            amounts[0][i] = d.oldAmount().minor();
            amounts[1][i] = d.newAmount().minor();
            amounts[2][i] = d.oldSettlement().minor();
            amounts[3][i] = d.newSettlement().minor();
        }
        executeWithArrays("""
                insert into cost_deltas (tenant_id, document_id, line_no, leg, caused_by, old_amount, new_amount,
                                         old_settlement, new_settlement, created_at)
                select ?, v.doc, v.line, v.leg, ?, v.oa, v.na, v.os, v.ns, ?::timestamptz
                from unnest(?::bigint[], ?::int[], ?::int[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
                     as v(doc, line, leg, oa, na, os, ns)""",
                tenant.value(), causedBy.value(), at.atOffset(ZoneOffset.UTC), doc, line, leg, amounts[0], amounts[1],
                amounts[2], amounts[3]);
    }

    /**
     * Runs one statement over whole-column arrays on the transaction's connection: primitive arrays go to
     * PostgreSQL in binary (no text to parse while planning), and the rows unnest unpacks stay in memory.
     */
    private void executeWithArrays(String sql, Object... params) {
        jdbc.update("set local work_mem = '64MB'; set local plan_cache_mode = force_generic_plan");
        jdbc.update(sql, params);
        jdbc.later("set local plan_cache_mode to default");
    }

    @Override
    public void saveBalances(TenantId tenant, List<KeyBalance> keys, List<SlotBalance> slots) {
        if (!keys.isEmpty() || !slots.isEmpty()) {
            jdbc.update(SAVE_BALANCES, balanceArgs(tenant, keys, slots));
        }
    }

    /** The arguments of {@link #SAVE_BALANCES}. */
    private static Object[] balanceArgs(TenantId tenant, List<KeyBalance> keys, List<SlotBalance> slots) {
        int k = keys.size();
        String[] keyLocations = new String[k];
        Long[] keySkus = new Long[k];
        String[] keyBatches = new String[k];
        String[] keyQuantities = new String[k];
        Long[] keyValues = new Long[k];
        for (int i = 0; i < k; i++) {
            KeyBalance b = keys.get(i);
            keyLocations[i] = b.key().location().map(JooqLedgerStore::location).orElse("");
            keySkus[i] = b.key().sku().value();
            keyBatches[i] = batch(b.key().batch());
            keyQuantities[i] = b.quantity().value().toPlainString();
            keyValues[i] = b.value().minor();
        }
        int n = slots.size();
        String[] slotLocations = new String[n];
        Long[] slotSkus = new Long[n];
        String[] slotBatches = new String[n];
        String[] slotQuantities = new String[n];
        for (int i = 0; i < n; i++) {
            SlotBalance b = slots.get(i);
            slotLocations[i] = location(b.slot().location());
            slotSkus[i] = b.slot().sku().value();
            slotBatches[i] = batch(b.slot().batch());
            slotQuantities[i] = b.onHand().value().toPlainString();
        }
        return new Object[] {tenant.value(), keyLocations, keySkus, keyBatches, keyQuantities, keyValues, tenant.value(),
            slotLocations, slotSkus, slotBatches, slotQuantities};
    }

    @Override
    public void setOnHand(TenantId tenant, Map<WarehouseId, Map<SkuId, Quantity>> onHand) {
        if (!onHand.isEmpty()) {
            jdbc.update(SET_ON_HAND, onHandArgs(tenant, onHand));
        }
    }

    /** The arguments of {@link #SET_ON_HAND}. */
    private static Object[] onHandArgs(TenantId tenant, Map<WarehouseId, Map<SkuId, Quantity>> onHand) {
        List<Long> warehouses = new ArrayList<>();
        List<Long> skus = new ArrayList<>();
        List<String> quantities = new ArrayList<>();
        onHand.forEach((w, bySku) -> bySku.forEach((sku, q) -> {
            warehouses.add(w.value());
            skus.add(sku.value());
            quantities.add(q.value().toPlainString());
        }));
        return new Object[] {tenant.value(), warehouses.toArray(Long[]::new), skus.toArray(Long[]::new),
            quantities.toArray(String[]::new)};
    }

    @Override
    public void appendAtTail(TenantId tenant, List<StockMovement> movements, List<KeyBalance> keys, List<SlotBalance> slots,
                             Map<WarehouseId, Map<SkuId, Quantity>> onHand) {
        List<Object> args = new ArrayList<>();
        Collections.addAll(args, movementArgs(tenant, movements));
        Collections.addAll(args, balanceArgs(tenant, keys, slots));
        Collections.addAll(args, onHandArgs(tenant, onHand));
        jdbc.later(APPEND_AT_TAIL, args.toArray());
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

    static String location(Location location) {
        return location instanceof Location.InWarehouse w ? "W" + w.warehouse().value()
                : "T" + ((Location.InTransit) location).dispatch().value();
    }

    private static String batch(Optional<BatchNo> batch) {
        return batch.map(BatchNo::value).orElse("");
    }

}
