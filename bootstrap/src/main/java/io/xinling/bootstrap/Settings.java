package io.xinling.bootstrap;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting is an environment variable and a flag ({@code --http-port=8080} for
 * {@code XINLING_HTTP_PORT}); a flag wins over the environment.
 */
public record Settings(int httpPort, Path dataDir, Optional<String> dbUrl, String dbUser, String dbPassword,
                       int dbPoolSize, Optional<String> adminKey, Optional<String> demoApiKey, long maxBodyBytes) {

    /** Name, default and meaning of each setting, for --help and the README. */
    public static final Map<String, String[]> DOCUMENTED = documented();

    private static Map<String, String[]> documented() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("XINLING_HTTP_PORT", new String[] {"7070", "HTTP port"});
        m.put("XINLING_DATA_DIR", new String[] {"./xinling-data", "where the embedded PostgreSQL keeps its data"});
        m.put("XINLING_DB_URL", new String[] {"(embedded)", "JDBC URL of an external PostgreSQL; unset = embedded"});
        m.put("XINLING_DB_USER", new String[] {"postgres", "user for XINLING_DB_URL"});
        m.put("XINLING_DB_PASSWORD", new String[] {"postgres", "password for XINLING_DB_URL"});
        m.put("XINLING_DB_POOL_SIZE", new String[] {"10", "pooled database connections"});
        m.put("XINLING_ADMIN_KEY", new String[] {"(generated on first start)", "platform admin API key"});
        m.put("XINLING_DEMO_API_KEY", new String[] {"(generated on first start)", "API key of the demo tenant"});
        m.put("XINLING_MAX_BODY_BYTES", new String[] {"1048576", "largest request body accepted (413 above)"});
        return Map.copyOf(m);
    }

    public static Settings from(Map<String, String> env, List<String> flags) {
        Map<String, String> values = new LinkedHashMap<>(env);
        for (String flag : flags) {
            if (flag.startsWith("--") && flag.contains("=")) {
                String name = "XINLING_" + flag.substring(2, flag.indexOf('=')).toUpperCase().replace('-', '_');
                if (!DOCUMENTED.containsKey(name)) {
                    throw new IllegalArgumentException("unknown flag " + flag.substring(0, flag.indexOf('=')));
                }
                values.put(name, flag.substring(flag.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("flags take the form --name=value: " + flag);
            }
        }
        return new Settings(
                intOf(values, "XINLING_HTTP_PORT", 7070),
                Path.of(values.getOrDefault("XINLING_DATA_DIR", "./xinling-data")),
                optional(values, "XINLING_DB_URL"),
                values.getOrDefault("XINLING_DB_USER", "postgres"),
                values.getOrDefault("XINLING_DB_PASSWORD", "postgres"),
                intOf(values, "XINLING_DB_POOL_SIZE", 10),
                optional(values, "XINLING_ADMIN_KEY"),
                optional(values, "XINLING_DEMO_API_KEY"),
                intOf(values, "XINLING_MAX_BODY_BYTES", 1_048_576));
    }

    private static Optional<String> optional(Map<String, String> values, String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int intOf(Map<String, String> values, String name, int fallback) {
        String raw = values.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + raw, e);
        }
    }
}
