package io.xinling.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code java -jar xinling.jar [serve|migrate|--help] [--flag=value …]}. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String command = rest.isEmpty() || rest.get(0).startsWith("--") && !isHelp(rest.get(0)) ? "serve" : rest.remove(0);
        try {
            switch (command) {
                case "serve" -> serve(Settings.from(System.getenv(), rest));
                case "migrate" -> migrate(Settings.from(System.getenv(), rest));
                case "--help", "-h", "help" -> help(System.out);
                default -> {
                    System.err.println("unknown command: " + command);
                    help(System.err);
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("xinling: " + e.getMessage());
            System.exit(2);
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    static void migrate(Settings settings) {
        try (DatabaseServer server = DatabaseServer.start(settings)) {
            int ran = server.database().migrate();
            System.out.println("migrated " + server.description() + ": " + ran + " migration(s) applied");
        }
    }

    static void serve(Settings settings) {
        long started = System.nanoTime();
        Service service = Service.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping");
            service.close();
            LOG.info("stopped");
        }, "xinling-shutdown"));

        String url = "http://localhost:" + service.port();
        System.out.println();
        System.out.println("Xinling is running at " + url + " (" + service.databaseDescription() + ", started in "
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
        System.out.println("  OpenAPI:       " + url + "/api/v1/openapi.json");
        System.out.println("  demo tenant:   " + service.demo().tenant().id() + " (" + service.demo().tenant().name() + ")");
        System.out.println("  demo API key:  " + service.demo().newKey().or(settings::demoApiKey)
                .orElse("(printed on the first start; set XINLING_DEMO_API_KEY to choose one)"));
        System.out.println("  admin API key: " + service.admin().newKey().or(settings::adminKey)
                .orElse("(printed on the first start; set XINLING_ADMIN_KEY to choose one)"));
        System.out.println("  try:           curl -H 'Authorization: Bearer <demo API key>' " + url + "/api/v1/me");
        System.out.println();
    }

    static void help(PrintStream out) {
        out.println("usage: java -jar xinling.jar [serve|migrate|--help] [--name=value ...]");
        out.println();
        out.println("  serve    start the database (embedded unless XINLING_DB_URL is set), migrate, serve HTTP (default)");
        out.println("  migrate  apply the database migrations and exit");
        out.println();
        out.println("Settings: environment variable, or the flag --name=value (XINLING_HTTP_PORT is --http-port):");
        for (Map.Entry<String, String[]> e : Settings.DOCUMENTED.entrySet()) {
            out.printf("  %-24s default %-28s %s%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
    }
}
