package io.xinling.persistence.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xinling.domain.catalog.LocalizedName;
import org.jooq.JSONB;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Names in several languages and image lists as jsonb. */
final class NamesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> NAMES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private NamesJson() {
    }

    static JSONB names(LocalizedName name) {
        return write(name.names());
    }

    static LocalizedName name(String defaultLanguage, JSONB json) {
        return new LocalizedName(defaultLanguage, read(json, NAMES));
    }

    static JSONB strings(List<String> values) {
        return write(values);
    }

    static List<String> strings(JSONB json) {
        return read(json, STRINGS);
    }

    private static JSONB write(Object value) {
        try {
            return JSONB.valueOf(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(JSONB json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable jsonb " + json.data(), e);
        }
    }
}
