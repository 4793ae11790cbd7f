package io.xinling.application.promotion;

import io.xinling.domain.promotion.lifecycle.SchemeStatus;

import java.time.Instant;
import java.util.Map;

/** One version of a saved scheme: its rule type, its JSON-like definition and its status. */
public record StoredScheme(String schemeId, int version, String type, Map<String, Object> definition,
                           SchemeStatus status, Instant updatedAt) {

    public StoredScheme {
        definition = Map.copyOf(definition);
    }

    public StoredScheme withStatus(SchemeStatus next, Instant at) {
        return new StoredScheme(schemeId, version, type, definition, next, at);
    }
}
