package io.xinling.benchmarks.trade;

import io.xinling.application.tenancy.ApiKeys;
import io.xinling.benchmarks.Figure;
import io.xinling.benchmarks.JsonHttp;
import io.xinling.benchmarks.LoadDriver;
import io.xinling.benchmarks.LoadResult;
import io.xinling.benchmarks.NamedBenchmark;
import io.xinling.benchmarks.Scratch;
import io.xinling.benchmarks.SocketWrites;
import io.xinling.benchmarks.Statements;
import io.xinling.bootstrap.Service;
import io.xinling.bootstrap.Settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code sales-delivery}: sales deliveries (销售出库) of 5 lines created and posted over HTTP (two calls per
 * delivery: the draft, then the post that writes the inventory issue and the receivable in one transaction) by
 * 8 concurrent clients, each on its own five SKUs (with {@code mode=create-and-post}: one call, {@code ?post=true}), against the service on embedded PostgreSQL. Targets:
 * ≥ 500 deliveries/s, p99 ≤ 50 ms per delivery (both calls).
 */
public final class SalesDelivery implements NamedBenchmark {

    private static final int CLIENTS = 8;
    private static final int LINES = 5;

    @Override
    public String name() {
        return "sales-delivery";
    }

    @Override
    public String description() {
        return "5-line sales deliveries created and posted over HTTP by 8 clients on distinct SKUs (warmup=N seconds=N statements=N writes=1; "
                + "mode=create-and-post: one call per delivery, ?post=true)";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        int warmup = NamedBenchmark.intArg(args, "warmup", LoadDriver.SERVICE_WARMUP_SECONDS);
        int seconds = NamedBenchmark.intArg(args, "seconds", 20);
        int statements = NamedBenchmark.intArg(args, "statements", 0);
        boolean oneCall = args.contains("mode=create-and-post");
        String key = ApiKeys.generate();
        java.nio.file.Path data = Scratch.directory("sales-delivery");
        Settings settings = Settings.from(Map.of("XINLING_DATA_DIR", data.toString(),
                "XINLING_HTTP_PORT", "0", "XINLING_DEMO_API_KEY", key, "XINLING_DB_POOL_SIZE", "16"), List.of());
        try (Service service = Service.start(settings, statements > 0 ? Statements.SERVER_CONFIG : Map.of())) {
            Statements counted = Statements.of(service.database().dsl(), statements);
            SocketWrites writes = SocketWrites.to(service.database(), NamedBenchmark.intArg(args, "writes", 0) > 0);
            JsonHttp http = new JsonHttp(service.port(), key);
            long w = http.post("/api/v1/warehouses", "{\"code\":\"W" + System.nanoTime() + "\",\"kind\":\"central\"}", 201)
                    .path("id").asLong();
            long customer = http.post("/api/v1/partners", "{\"code\":\"BC" + System.nanoTime()
                    + "\",\"name\":\"Bench customer\",\"roles\":[\"customer\"]}", 201).path("id").asLong();
            List<String> bodies = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<String> lines = new ArrayList<>();
                for (int l = 0; l < LINES; l++) {
                    String code = "S" + System.nanoTime();
                    long sku = http.post("/api/v1/products", "{\"code\":\"" + code + "\",\"skus\":[{\"code\":\"" + code
                            + "\",\"baseUnit\":\"个\"}]}", 201).path("skus").get(0).path("id").asLong();
                    long receipt = http.post("/api/v1/inventory/documents", "{\"kind\":\"receipt\",\"date\":\"2026-01-01\","
                            + "\"warehouseId\":" + w + ",\"lines\":[{\"skuId\":" + sku
                            + ",\"quantity\":\"10000000\",\"unit\":\"个\",\"amount\":\"100000000.00\"}]}", 201).path("id").asLong();
                    http.post("/api/v1/inventory/documents/" + receipt + "/post", "{}", 200);
                    lines.add("{\"skuId\":" + sku + ",\"quantity\":\"" + (l + 1) + "\",\"unit\":\"个\",\"price\":\"19.90\","
                            + "\"taxRatePercent\":\"13\"}");
                }
                bodies.add("{\"partnerId\":" + customer + ",\"warehouseId\":" + w + ",\"date\":\"2026-01-02\",\"lines\":["
                        + String.join(",", lines) + "]}");
            }
            LoadResult result = LoadDriver.clients(CLIENTS).warmup(Duration.ofSeconds(warmup))
                    .limit(Duration.ofSeconds(seconds)).database(data).beforeMeasuring(() -> {
                        counted.reset();
                        writes.start();
                    })
                    .run(client -> () -> {
                        if (oneCall) {
                            http.postUnread("/api/v1/sales/deliveries?post=true", bodies.get(client), 201);
                        } else {
                            long id = http.post("/api/v1/sales/deliveries", bodies.get(client), 201).path("id").asLong();
                            http.postUnread("/api/v1/sales/deliveries/" + id + "/post", "{}", 200);
                        }
                    });
            counted.print(name());
            List<Figure> figures = new ArrayList<>(result.figures("deliveries").stream()
                    .filter(f -> !f.metric().equals("max"))
                    .map(f -> f.metric().startsWith("p") ? Figure.time(f.metric(), f.value() / 1000.0, TimeUnit.MILLISECONDS) : f)
                    .toList());
            figures.addAll(result.cpuFigures());
            writes.addTo(figures, result.calls());
            return figures;
        }
    }
}
