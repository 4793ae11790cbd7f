package io.xinling.domain.catalog;

import java.util.Map;
import java.util.Objects;

/** A name in several languages keyed by language tag ({@code zh-CN}, {@code en}); the first is the default. */
public record LocalizedName(String defaultLanguage, Map<String, String> names) {

    public LocalizedName {
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        names = Map.copyOf(names);
        if (!names.containsKey(defaultLanguage) || names.values().stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a name in the default language is required, and no name is blank");
        }
    }

    public static LocalizedName zh(String name) {
        return new LocalizedName("zh-CN", Map.of("zh-CN", name));
    }

    /** The name in {@code language}, or in the default language when there is none. */
    public String in(String language) {
        return names.getOrDefault(language, names.get(defaultLanguage));
    }

    @Override
    public String toString() {
        return names.get(defaultLanguage);
    }
}
