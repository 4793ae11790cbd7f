package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.catalog.LocalizedName;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a name in several languages from a request: {@code names} keyed by language tag, with
 * {@code defaultLanguage} (zh-CN unless given); a plain {@code name} is the name in the default language.
 */
final class Names {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    private static final int MAX_LENGTH = 200;

    private Names() {
    }

    static Either<StockError, LocalizedName> parse(String name, Map<String, String> names, String defaultLanguage,
                                                   String fallback) {
        String language = defaultLanguage == null ? "zh-CN" : defaultLanguage;
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            return Either.left(new StockError.Invalid("defaultLanguage", "is a language tag such as zh-CN or en"));
        }
        Map<String, String> all = new LinkedHashMap<>();
        if (names != null) {
            for (Map.Entry<String, String> e : names.entrySet()) {
                if (e.getKey() == null || !LANGUAGE_TAG.matcher(e.getKey()).matches()) {
                    return Either.left(new StockError.Invalid("names", "key " + e.getKey() + " is not a language tag"));
                }
                if (e.getValue() == null || e.getValue().isBlank() || e.getValue().length() > MAX_LENGTH) {
                    return Either.left(new StockError.Invalid("names." + e.getKey(),
                            "is a non-blank name of at most " + MAX_LENGTH + " characters"));
                }
                all.put(e.getKey(), e.getValue().strip());
            }
        }
        if (name != null) {
            if (name.isBlank() || name.length() > MAX_LENGTH) {
                return Either.left(new StockError.Invalid("name", "is a non-blank name of at most " + MAX_LENGTH + " characters"));
            }
            String previous = all.putIfAbsent(language, name.strip());
            if (previous != null && !previous.equals(name.strip())) {
                return Either.left(new StockError.Invalid("name", "differs from names." + language));
            }
        }
        if (!all.containsKey(language)) {
            if (fallback == null || !all.isEmpty()) {
                return Either.left(new StockError.Invalid("names", "needs a name in the default language " + language));
            }
            all.put(language, fallback);
        }
        return Either.right(new LocalizedName(language, all));
    }
}
