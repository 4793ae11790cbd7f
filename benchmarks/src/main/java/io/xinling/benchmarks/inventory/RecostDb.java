package io.xinling.benchmarks.inventory;

import io.xinling.application.inventory.CatalogCommands;
import io.xinling.application.inventory.CatalogService;
import io.xinling.application.inventory.DocumentCommands;
import io.xinling.application.inventory.InventoryDocumentService;
import io.xinling.application.inventory.Ledgers;
import io.xinling.benchmarks.Figure;
import io.xinling.benchmarks.NamedBenchmark;
import io.xinling.benchmarks.Scratch;
import io.xinling.benchmarks.Statements;
import io.xinling.bootstrap.Application;
import io.xinling.bootstrap.DatabaseServer;
import io.xinling.bootstrap.Settings;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.common.Database;
import io.xinling.persistence.common.JooqTransactor;
import io.xinling.persistence.inventory.JooqCatalogRepository;
import io.xinling.persistence.inventory.JooqCategoryRepository;
import io.xinling.persistence.inventory.JooqDocumentRepository;
import io.xinling.persistence.inventory.JooqLedgerStore;
import io.xinling.persistence.inventory.JooqWarehouseRepository;
import io.xinling.persistence.tenancy.JooqTenantRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code recost-db}: one SKU with {@code movements} later outbound movements in PostgreSQL; a receipt
 * dated before all of them is posted, and the time to commit it is measured: costing, the re-costed
 * movements' cost columns and one cost delta per changed movement, in one transaction.
 */
public final class RecostDb implements NamedBenchmark {

    @Override
    public String name() {
        return "recost-db";
    }

    @Override
    public String description() {
        return "post a receipt backdated before 100,000 later movements of one SKU on PostgreSQL; time to commit (movements=N statements=N)";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        int movements = NamedBenchmark.intArg(args, "movements", 100_000);
        int statements = NamedBenchmark.intArg(args, "statements", 0);
        Settings settings = Settings.from(Map.of("XINLING_DATA_DIR", Scratch.directory("recost-db").toString(),
                "XINLING_HTTP_PORT", "0"), List.of());
        try (DatabaseServer server = DatabaseServer.start(settings, statements > 0 ? Statements.SERVER_CONFIG : Map.of())) {
            Database db = server.database();
            db.migrate();
            var dsl = db.dsl();
            JooqTransactor tx = new JooqTransactor(dsl);
            JooqCatalogRepository catalog = new JooqCatalogRepository(dsl);
            JooqWarehouseRepository warehouses = new JooqWarehouseRepository(dsl);
            JooqDocumentRepository documents = new JooqDocumentRepository(dsl);
            JooqLedgerStore store = new JooqLedgerStore(dsl);
            TenantId tenant = new JooqTenantRepository(dsl).create("recost-" + System.nanoTime(), Instant.now()).orElseThrow().id();
            CatalogService cs = new CatalogService(tx, catalog, warehouses, new JooqCategoryRepository(dsl));
            long sku = cs.createProduct(new CatalogCommands.CreateProduct(tenant, "R", "R", null, null, null, null, null, List.of(
                    new CatalogCommands.NewSku("R-1", "R", Map.of(), "个", List.of(), List.of(), "none", null, "13", null,
                            false, false)))).get().skus().get(0).id().value();
            long w = cs.createWarehouse(new CatalogCommands.CreateWarehouse(tenant, "W", "W", "central", 1L, null)).get()
                    .warehouse().id().value();
            InventoryDocumentService service = new InventoryDocumentService(tx, documents, store,
                    new Ledgers(catalog, warehouses, documents, store),
                    new Application(db, Clock.systemUTC()).inventoryCalendar(), Clock.systemUTC());
            post(service, receipt(tenant, "2026-01-01", w, sku, Integer.toString(movements), "10000.00"));
            List<DocumentCommands.Line> lines = new ArrayList<>();
            for (int i = 0; i < movements; i++) {
                lines.add(new DocumentCommands.Line(null, sku, "1", "个", null, null, null, null, null, null, null, null, null));
            }
            System.err.println("recost-db: posting " + movements + " outbound movements");
            post(service, new DocumentCommands.Create(tenant, "issue", "2026-01-20", null, w, null, null, null, null, null,
                    null, lines));
            long backdated = service.create(receipt(tenant, "2026-01-10", w, sku, "1000", "13000.00")).get().document().id();
            Statements counted = Statements.of(dsl, statements);
            counted.reset();
            long start = System.nanoTime();
            service.post(tenant, backdated).getOrElseThrow(e -> new IllegalStateException(e.message()));
            double seconds = (System.nanoTime() - start) / 1e9;
            counted.print(name());
            return List.of(Figure.time("time", seconds * 1000, TimeUnit.MILLISECONDS));
        }
    }

    private static DocumentCommands.Create receipt(TenantId t, String date, long w, long sku, String qty, String amount) {
        return new DocumentCommands.Create(t, "receipt", date, null, w, null, "purchase", null, null, null, null,
                List.of(new DocumentCommands.Line(null, sku, qty, "个", null, null, null, null, amount, null, null, null, null)));
    }

    private static void post(InventoryDocumentService service, DocumentCommands.Create command) {
        long id = service.create(command).getOrElseThrow(e -> new IllegalStateException(e.message())).document().id();
        service.post(command.tenant(), id).getOrElseThrow(e -> new IllegalStateException(e.message()));
    }
}
