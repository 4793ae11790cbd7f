package io.xinling.benchmarks.inventory;

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

/**
 * {@code post-issue-db}: single-line outbound documents over HTTP (create the draft, post it) by 8
 * concurrent clients ({@code clients=N}), each on its own SKU, against the service on embedded PostgreSQL; with
 * {@code mode=create-and-post}, one request per document ({@code ?post=true}) instead.
 */
public final class PostIssueDb implements NamedBenchmark {

    @Override
    public String name() {
        return "post-issue-db";
    }

    @Override
    public String description() {
        return "single-line outbound documents created and posted over HTTP by 8 clients on distinct SKUs (warmup=N seconds=N statements=N writes=1 clients=N mode=create-and-post: one request per document)";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        int warmup = NamedBenchmark.intArg(args, "warmup", LoadDriver.SERVICE_WARMUP_SECONDS);
        int seconds = NamedBenchmark.intArg(args, "seconds", 20);
        int statements = NamedBenchmark.intArg(args, "statements", 0);
        int clients = NamedBenchmark.intArg(args, "clients", 8);
        boolean oneCall = args.contains("mode=create-and-post");
        String key = ApiKeys.generate();
        java.nio.file.Path data = Scratch.directory("post-issue-db");
        Settings settings = Settings.from(Map.of("XINLING_DATA_DIR", data.toString(),
                "XINLING_HTTP_PORT", "0", "XINLING_DEMO_API_KEY", key, "XINLING_DB_POOL_SIZE", "16"), List.of());
        try (Service service = Service.start(settings, statements > 0 ? Statements.SERVER_CONFIG : Map.of())) {
            Statements counted = Statements.of(service.database().dsl(), statements);
            SocketWrites writes = SocketWrites.to(service.database(), NamedBenchmark.intArg(args, "writes", 0) > 0);
            JsonHttp http = new JsonHttp(service.port(), key);
            long w = http.post("/api/v1/warehouses", "{\"code\":\"W" + System.nanoTime() + "\",\"kind\":\"central\"}", 201)
                    .path("id").asLong();
            List<Long> skus = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String code = "S" + System.nanoTime();
                long sku = http.post("/api/v1/products", "{\"code\":\"" + code + "\",\"skus\":[{\"code\":\"" + code
                        + "\",\"baseUnit\":\"个\"}]}", 201).path("skus").get(0).path("id").asLong();
                long receipt = http.post("/api/v1/inventory/documents", "{\"kind\":\"receipt\",\"date\":\"2026-01-01\","
                        + "\"warehouseId\":" + w + ",\"lines\":[{\"skuId\":" + sku
                        + ",\"quantity\":\"10000000\",\"unit\":\"个\",\"amount\":\"100000000.00\"}]}", 201).path("id").asLong();
                http.post("/api/v1/inventory/documents/" + receipt + "/post", "{}", 200);
                skus.add(sku);
            }
            LoadResult result = LoadDriver.clients(clients).warmup(Duration.ofSeconds(warmup))
                    .limit(Duration.ofSeconds(seconds)).database(data).beforeMeasuring(() -> {
                        counted.reset();
                        writes.start();
                    })
                    .run(client -> () -> {
                        String body = "{\"kind\":\"issue\",\"date\":\"2026-01-02\",\"warehouseId\":" + w
                                + ",\"lines\":[{\"skuId\":" + skus.get(client) + ",\"quantity\":\"1\",\"unit\":\"个\"}]}";
                        if (oneCall) {
                            http.postUnread("/api/v1/inventory/documents?post=true", body, 201);
                        } else {
                            long id = http.post("/api/v1/inventory/documents", body, 201).path("id").asLong();
                            http.postUnread("/api/v1/inventory/documents/" + id + "/post", "{}", 200);
                        }
                    });
            counted.print(name());
            List<Figure> figures = new ArrayList<>(result.figures("docs").stream().filter(f -> !f.metric().equals("p50") && !f.metric().equals("max"))
                    .map(f -> f.metric().equals("p99") ? Figure.time("p99", f.value() / 1000.0,
                            java.util.concurrent.TimeUnit.MILLISECONDS) : f)
                    .toList());
            figures.addAll(result.cpuFigures());
            writes.addTo(figures, result.calls());
            return figures;
        }
    }
}
