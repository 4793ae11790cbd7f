package io.xinling.persistence.inventory;

import io.vavr.control.Either;
import io.xinling.application.inventory.CatalogCommands;
import io.xinling.application.inventory.CatalogService;
import io.xinling.application.inventory.DocumentCommands;
import io.xinling.application.inventory.DocumentView;
import io.xinling.application.inventory.InventoryDocumentService;
import io.xinling.application.inventory.port.PeriodCalendar;
import io.xinling.application.inventory.Ledgers;
import io.xinling.application.inventory.StoredDocument;
import io.xinling.application.inventory.DocumentDraft;
import io.xinling.application.inventory.DocumentKind;
import io.xinling.application.inventory.DocumentStatus;
import io.xinling.application.inventory.DraftLine;
import io.xinling.application.inventory.LineRole;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.TrackingPolicy;
import io.xinling.domain.catalog.Barcode;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.Unit;
import io.xinling.persistence.common.Database;
import io.xinling.application.inventory.port.LedgerStore;
import io.xinling.application.inventory.port.SetupReader;
import io.xinling.application.inventory.InventorySettingsView;
import io.xinling.persistence.common.JooqTransactor;
import io.xinling.persistence.tenancy.JooqTenantRepository;
import io.xinling.persistence.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static io.xinling.persistence.jooq.Tables.COST_DELTAS;
import static io.xinling.persistence.jooq.Tables.STOCK_KEY_BALANCES;
import static io.xinling.persistence.jooq.Tables.STOCK_MOVEMENTS;
import static org.assertj.core.api.Assertions.assertThat;

/** The inventory adapters on embedded PostgreSQL, through the services that use them; a fresh tenant per test. */
class InventoryPersistenceTest {

    private final Database db = TestDatabase.database();
    private final JooqCatalogRepository catalog = new JooqCatalogRepository(db.dsl());
    private final JooqWarehouseRepository warehouses = new JooqWarehouseRepository(db.dsl());
    private final JooqDocumentRepository documents = new JooqDocumentRepository(db.dsl());
    private final JooqLedgerStore store = new JooqLedgerStore(db.dsl());
    /** The persistence tests date everything in open periods; the period check is tested over HTTP. */
    private final PeriodCalendar openPeriods = (tenant, date) -> false;
    private final JooqTransactor transactor = new JooqTransactor(db.dsl());
    private final CatalogService catalogService = new CatalogService(transactor, catalog, warehouses,
            new JooqCategoryRepository(db.dsl()));
    private TenantId tenant;

    @BeforeEach
    void tenant() {
        tenant = new JooqTenantRepository(db.dsl()).create(TestDatabase.uniqueName("inv"), Instant.now()).orElseThrow().id();
    }

    private InventoryDocumentService documentsService(Ledgers ledgers) {
        return new InventoryDocumentService(transactor, documents, store, ledgers, openPeriods, Clock.systemUTC());
    }

    private Ledgers freshLedgers() {
        return new Ledgers(catalog, warehouses, documents, store);
    }

    private long sku(String code) {
        var command = new CatalogCommands.CreateProduct(tenant, code, code, null, null, null, null, null, List.of(new CatalogCommands.NewSku(
                code + "-1", "瓶装", Map.of(), "瓶", List.of(new CatalogCommands.UnitFactor("箱", "24")),
                List.of(new CatalogCommands.BarcodeUnit(code + "-690", "箱")), "batch", 365, "13", "5.00", false, false)));
        return catalogService.createProduct(command).get().skus().get(0).id().value();
    }

    private long warehouse() {
        return catalogService.createWarehouse(new CatalogCommands.CreateWarehouse(tenant, "W" + System.nanoTime(), "总仓",
                "central", 1L, null)).get().warehouse().id().value();
    }

    private static DocumentCommands.Create doc(TenantId t, String kind, String date, long w, DocumentCommands.Line... lines) {
        return new DocumentCommands.Create(t, kind, date, null, w, null, null, null, null, null, "note", List.of(lines));
    }

    private static DocumentCommands.Line line(long sku, String qty, String unit, String amount) {
        return new DocumentCommands.Line(null, sku, qty, unit, "B1", "2026-01-01", null, List.of(), amount, null, null, null, null);
    }

    @Test
    void a_sku_round_trips_with_units_barcodes_tracking_and_reference_cost() {
        long id = sku("P" + System.nanoTime());
        Sku sku = catalog.findSku(tenant, new SkuId(id)).orElseThrow();
        assertThat(sku.units().factors()).containsEntry(Unit.of("箱"), new BigDecimal("24"));
        assertThat(sku.tracking()).isEqualTo(TrackingPolicy.BATCH);
        assertThat(sku.shelfLifeDays()).contains(365);
        assertThat(sku.referenceCost()).contains(Money.cny("5.00"));
        assertThat(sku.barcodes()).containsValue(Unit.of("箱"));
        Barcode code = sku.barcodes().keySet().iterator().next();
        assertThat(catalog.findBarcode(tenant, code.code())).hasValueSatisfying(m -> assertThat(m.sku()).isEqualTo(sku.id()));
        assertThat(catalog.allSkus(tenant)).extracting(Sku::id).containsExactly(sku.id());
    }

    @Test
    void the_setup_reader_reads_in_one_go_what_the_settings_catalog_and_warehouse_repositories_read() {
        long a = sku("P" + System.nanoTime());
        long b = sku("P" + System.nanoTime());
        warehouse();
        warehouse();
        JooqInventorySettingsRepository settings = new JooqInventorySettingsRepository(db.dsl());
        JooqSetupReader reader = new JooqSetupReader(db.dsl());
        List<Long> asked = List.of(a, b, -1L);

        SetupReader.Read unset = reader.read(tenant, asked);
        assertThat(unset.settings()).isEmpty();
        settings.save(tenant, 7, InventorySettingsView.defaults(), Instant.now());
        SetupReader.Read read = reader.read(tenant, asked);

        assertThat(read.settings()).isEqualTo(settings.current(tenant)).isPresent();
        assertThat(read.skus()).hasSize(2).usingRecursiveComparison().isEqualTo(catalog.skus(tenant, asked));
        assertThat(read.warehouses()).isEqualTo(warehouses.all(tenant)).hasSize(2);
    }

    @Test
    void a_draft_round_trips_and_posting_writes_movements_balances_and_deltas_that_a_replay_reproduces() {
        long sku = sku("P" + System.nanoTime());
        long w = warehouse();
        InventoryDocumentService service = documentsService(freshLedgers());
        DocumentView draft = service.create(doc(tenant, "receipt", "2026-03-05", w, line(sku, "1", "箱", "120.00"))).get();
        StoredDocument stored = documents.find(tenant, draft.document().id()).orElseThrow();
        assertThat(stored).isEqualTo(draft.document());
        assertThat(stored.draft().note()).contains("note");

        service.post(tenant, stored.id()).get();
        long sale = service.create(doc(tenant, "issue", "2026-03-10", w, line(sku, "6", "瓶", null))).get().document().id();
        service.post(tenant, sale).get();
        long early = service.create(doc(tenant, "receipt", "2026-03-01", w, line(sku, "24", "瓶", "240.00"))).get().document().id();
        DocumentView backdated = service.post(tenant, early).get();
        assertThat(backdated.movements()).hasSize(1);

        assertThat(db.dsl().fetchCount(STOCK_MOVEMENTS, STOCK_MOVEMENTS.TENANT_ID.eq(tenant.value()))).isEqualTo(3);
        assertThat(db.dsl().fetchCount(COST_DELTAS, COST_DELTAS.TENANT_ID.eq(tenant.value()))).isEqualTo(1);
        assertThat(db.dsl().select(STOCK_KEY_BALANCES.VALUE).from(STOCK_KEY_BALANCES)
                .where(STOCK_KEY_BALANCES.TENANT_ID.eq(tenant.value())).fetchSingle().value1()).isEqualTo(31500L);
        List<StockMovement> replayed = freshLedgers().current(tenant).movements();
        assertThat(replayed).hasSize(3);
        assertThat(replayed.get(2).amount()).isEqualTo(Money.cny("-45.00"));
        Long storedSaleAmount = db.dsl().select(STOCK_MOVEMENTS.AMOUNT).from(STOCK_MOVEMENTS)
                .where(STOCK_MOVEMENTS.TENANT_ID.eq(tenant.value()).and(STOCK_MOVEMENTS.DOCUMENT_ID.eq(sale)))
                .fetchSingle().value1();
        assertThat(storedSaleAmount).isEqualTo(-4500L);
    }

    @Test
    void a_receipt_backdated_before_many_rows_stores_their_new_costs_and_one_delta_each_as_a_replay_costs_them() {
        long sku = sku("P" + System.nanoTime());
        long w = warehouse();
        InventoryDocumentService service = documentsService(freshLedgers());
        int rows = JooqLedgerStore.FEW_DELTAS + 44; // past the insert over arrays: the deltas go by COPY
        long opening = service.create(doc(tenant, "receipt", "2026-03-01", w, line(sku, Integer.toString(rows), "瓶",
                rows + "0.00"))).get().document().id();
        service.post(tenant, opening).get();
        DocumentCommands.Line[] ones = new DocumentCommands.Line[rows];
        java.util.Arrays.fill(ones, line(sku, "1", "瓶", null));
        long sale = service.create(doc(tenant, "issue", "2026-03-20", w, ones)).get().document().id();
        service.post(tenant, sale).get();
        long early = service.create(doc(tenant, "receipt", "2026-03-10", w, line(sku, "100", "瓶", "1300.00")))
                .get().document().id();
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        service.post(tenant, early).get();

        // the 10.00 average becomes (10 * rows + 1300) / (rows + 100) = 10.75 (rows = 300): each sale line moves from
        // -10.00 to -10.75 (the last unit out takes the remaining value)
        var deltas = db.dsl().selectFrom(COST_DELTAS).where(COST_DELTAS.TENANT_ID.eq(tenant.value()))
                .orderBy(COST_DELTAS.LINE_NO).fetch();
        assertThat(deltas).hasSize(rows);
        assertThat(deltas).allSatisfy(d -> {
            assertThat(d.getDocumentId()).isEqualTo(sale);
            assertThat(d.getCausedBy()).isEqualTo(early);
            assertThat(d.getOldAmount()).isEqualTo(-1000L);
            assertThat(d.getNewSettlement()).isEqualTo(d.getOldSettlement());
            assertThat(d.getCreatedAt().toInstant()).isBetween(before, Instant.now());
        });
        assertThat(deltas.get(0).getNewAmount()).isEqualTo(-1075L);
        assertThat(deltas.stream().map(d -> d.getLineNo()).toList()).doesNotHaveDuplicates();
        List<StockMovement> replayed = freshLedgers().current(tenant).movements();
        var stored = db.dsl().select(STOCK_MOVEMENTS.DOCUMENT_ID, STOCK_MOVEMENTS.LINE_NO, STOCK_MOVEMENTS.LEG,
                        STOCK_MOVEMENTS.AMOUNT, STOCK_MOVEMENTS.SETTLEMENT, STOCK_MOVEMENTS.DERIVED_QTY,
                        STOCK_MOVEMENTS.QTY_AFTER, STOCK_MOVEMENTS.VALUE_AFTER, STOCK_MOVEMENTS.SLOT_AFTER,
                        STOCK_MOVEMENTS.BASIS)
                .from(STOCK_MOVEMENTS).where(STOCK_MOVEMENTS.TENANT_ID.eq(tenant.value()))
                .fetchMap(r -> new MovementId(new DocumentId(r.value1()), r.value2(), r.value3()),
                        r -> List.of(r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
        assertThat(stored).hasSize(rows + 2);
        for (StockMovement m : replayed) {
            var c = m.cost();
            assertThat(stored.get(m.id())).as("%s", m.id()).isEqualTo(List.of(c.amount(), c.settlement(), c.derivedQty(),
                    c.qtyAfter(), c.valueAfter(), c.slotAfter(), c.basis().name()));
        }
        assertThat(deltas.stream().mapToLong(d -> d.getNewAmount() - d.getOldAmount()).sum())
                .isEqualTo(replayed.stream().filter(m -> m.id().document().value() == sale)
                        .mapToLong(m -> m.amount().minor()).sum() + rows * 1000L);
    }

    @Test
    void serial_numbers_travel_as_a_text_array_literal_that_postgresql_reads_back_exactly() {
        for (List<String> serials : List.of(List.<String>of(), List.of("SN1"), List.of("a,b", "q\"uote", "back\\slash", "{}", " sp ",
                "NULL", ""))) {
            String[] read = db.dsl().resultQuery("select ?::text[]", JooqLedgerStore.textArray(serials))
                    .fetchOne(0, String[].class);
            assertThat(read).containsExactlyElementsOf(serials);
        }
    }

    @Test
    void a_reservation_is_a_conditional_update_of_on_hand_minus_reserved() {
        long sku = sku("P" + System.nanoTime());
        long w = warehouse();
        InventoryDocumentService service = documentsService(freshLedgers());
        long id = service.create(doc(tenant, "receipt", "2026-03-05", w, line(sku, "5", "瓶", "25.00"))).get().document().id();
        service.post(tenant, id).get();
        WarehouseId wid = new WarehouseId(w);
        SkuId sid = new SkuId(sku);
        long first = store.reserve(tenant, wid, sid, Quantity.of(3), "SO-1", Instant.now());
        assertThat(first).isPositive();
        assertThat(store.reserve(tenant, wid, sid, Quantity.of(3), "SO-2", Instant.now())).isZero();
        assertThat(store.release(tenant, first)).isTrue();
        assertThat(store.release(tenant, first)).isFalse();
        assertThat(store.availability(tenant, List.of(wid), List.of(sid))).singleElement()
                .satisfies(a -> assertThat(a.available()).isEqualTo(Quantity.of(5)));
    }

    @Test
    void a_group_head_starts_at_zero_and_moves_with_each_recorded_event_of_its_group_only() {
        long a = sku("A" + System.nanoTime());
        long b = sku("B" + System.nanoTime());
        assertThat(transactor.<String, Long>inTransaction(() -> io.vavr.control.Either.right(store.lockGroup(tenant, a)))
                .get()).isZero();
        long event = store.nextEvent();
        long id = documentsService(freshLedgers()).create(doc(tenant, "receipt", "2026-03-05", warehouse(),
                line(a, "1", "瓶", "1.00"))).get().document().id();
        transactor.<String, Boolean>inTransaction(() -> {
            store.lockGroup(tenant, a);
            store.recordEvent(tenant, List.of(a), event, id, false);
            return io.vavr.control.Either.right(true);
        });
        assertThat(store.nextEvent()).isGreaterThan(event);
        assertThat(store.groupsOf(tenant, List.of(a, b))).containsEntry(a, a).containsEntry(b, b);
        assertThat(store.versionsOfGroupsOf(tenant, List.of(a, b))).isEqualTo(Map.of(a, event, b, 0L));
    }

    @Test
    void merging_groups_moves_their_skus_and_events_into_the_new_group_and_retires_the_old_heads() {
        long a = sku("A" + System.nanoTime());
        long b = sku("B" + System.nanoTime());
        long w = warehouse();
        InventoryDocumentService service = documentsService(freshLedgers());
        long ra = service.create(doc(tenant, "receipt", "2026-03-05", w, line(a, "1", "瓶", "1.00"))).get().document().id();
        long rb = service.create(doc(tenant, "receipt", "2026-03-05", w, line(b, "1", "瓶", "2.00"))).get().document().id();
        service.post(tenant, ra).get();
        service.post(tenant, rb).get();
        long merged = -store.nextEvent();
        transactor.<String, Boolean>inTransaction(() -> {
            store.lockGroup(tenant, a);
            store.lockGroup(tenant, b);
            store.lockGroup(tenant, merged);
            store.mergeGroups(tenant, merged, List.of(a, b));
            return io.vavr.control.Either.right(true);
        });
        assertThat(store.groupsOf(tenant, List.of(a, b))).containsEntry(a, merged).containsEntry(b, merged);
        // locking by SKU finds their group in the same statement: the merged head alone, with its version
        long lone = sku("PL" + System.nanoTime());
        LedgerStore.Locked bySku = transactor.<RuntimeException, LedgerStore.Locked>inTransaction(
                () -> Either.right(store.lockGroupsOf(tenant, List.of(a, b, lone)))).get();
        assertThat(bySku.versions()).isEqualTo(Map.of(merged, 0L, lone, 0L));
        assertThat(bySku.groups()).isEqualTo(Map.of(a, merged, b, merged, lone, lone));
        assertThat(store.members(tenant, merged)).containsExactlyInAnyOrder(a, b);
        assertThat(documents.history(tenant, merged, 0)).extracting(e -> e.document()).containsExactly(ra, rb);
        assertThat(documents.history(tenant, a, 0)).isEmpty();
        // the old heads are back at 0; the merged one was locked (created) but has recorded no event of its own since
        assertThat(transactor.<RuntimeException, Map<Long, Long>>inTransaction(() -> Either.right(
                store.lockGroups(tenant, new TreeSet<>(List.of(a, b)), List.of()).versions())).get())
                .isEqualTo(Map.of(a, 0L, b, 0L));
        assertThat(store.versionsOfGroupsOf(tenant, List.of(a, b))).isEqualTo(Map.of(merged, 0L));
    }

    @Test
    void a_created_document_is_what_reading_it_back_gives_every_field_and_line_included() {
        DraftLine full = new DraftLine(1, LineRole.IN, 41, Optional.of(new Quantity(new BigDecimal("2.500"))),
                Optional.of("箱"), Optional.of("B-1"), Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(LocalDate.of(2027, 3, 1)),
                List.of("S\"1", "S\\2", "S,3 {x}"), Optional.of(Money.cny(12_345)), Optional.of(new BigDecimal("0.750")),
                Optional.of(new MovementId(new DocumentId(77), 2, 1)), Optional.of(9L));
        DraftLine bare = new DraftLine(2, LineRole.OUT, 42, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        DocumentDraft draft = new DocumentDraft(DocumentKind.RECEIPT, LocalDate.of(2026, 3, 5), LocalTime.of(9, 30, 15, 123_456_789),
                Optional.of(5L), Optional.of(6L), Optional.of("样品"), Optional.of(70L), Optional.of(Money.cny(500)),
                Optional.of("weight"), Optional.of("备注 \"引号\""), List.of(bare, full));

        StoredDocument created = documents.create(tenant, draft, Instant.now());

        assertThat(created.number()).startsWith("RC");
        assertThat(created.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(created.draft().time()).isEqualTo(LocalTime.of(9, 30, 15, 123_457_000));
        assertThat(created.draft().lines()).containsExactly(full, bare);
        assertThat(documents.find(tenant, created.id())).contains(created);
        assertThat(documents.header(tenant, created.id()).orElseThrow().draft().lines()).isEmpty();
        assertThat(documents.find(tenant, created.id() + 1_000_000)).isEmpty();

        DraftLine added = new DraftLine(3, LineRole.IN, 43, Optional.of(new Quantity(BigDecimal.ONE)), Optional.of("瓶"),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("only"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        documents.addLines(tenant, created.id(), List.of(added));
        assertThat(documents.find(tenant, created.id()).orElseThrow().draft().lines()).containsExactly(full, bare, added);
    }

    @Test
    void a_document_over_several_sku_groups_reads_back_the_movements_its_post_gave_on_this_node_and_on_another() {
        long a = sku("PA" + System.nanoTime());
        long b = sku("PB" + System.nanoTime());
        long w = warehouse();
        InventoryDocumentService service = documentsService(freshLedgers());
        service.post(tenant, service.create(doc(tenant, "receipt", "2026-03-01", w, line(b, "2", "箱", "50.00")))
                .get().document().id()).get();
        long id = service.create(doc(tenant, "receipt", "2026-03-05", w, line(a, "1", "箱", "120.00"),
                line(b, "5", "瓶", "12.50"))).get().document().id();
        List<StockMovement> posted = service.post(tenant, id).get().movements();
        service.post(tenant, service.create(doc(tenant, "issue", "2026-03-06", w, line(b, "1", "瓶", null)))
                .get().document().id()).get();

        assertThat(posted).hasSize(2);
        Map<Long, Long> versions = store.versionsOfGroupsOf(tenant, List.of(a, b));
        long fresh = -System.nanoTime();
        SortedSet<Long> groups = new TreeSet<>(versions.keySet());
        groups.add(fresh);
        Map<Long, Long> expected = new HashMap<>(versions);
        expected.put(fresh, 0L);
        long before = store.nextEvent();
        LedgerStore.Locked locked = transactor.<RuntimeException, LedgerStore.Locked>inTransaction(
                () -> Either.right(store.lockGroups(tenant, groups, List.of(a, b)))).get();
        assertThat(locked.versions()).isEqualTo(expected);
        assertThat(locked.groups()).isEqualTo(store.groupsOf(tenant, List.of(a, b)));
        assertThat(locked.event()).isGreaterThan(before);
        assertThat(service.get(tenant, id).get().movements()).isEqualTo(posted);
        // Another node replays each group with its lines of the document alone: the same movements and costs (the
        // ordering leg within the document restarts per group there, which orders nothing across groups).
        List<StockMovement> replayed = documentsService(freshLedgers()).get(tenant, id).get().movements();
        assertThat(replayed).extracting(StockMovement::id).containsExactlyElementsOf(posted.stream().map(StockMovement::id).toList());
        assertThat(replayed).extracting(StockMovement::cost)
                .containsExactlyElementsOf(posted.stream().map(StockMovement::cost).toList());
    }
}
