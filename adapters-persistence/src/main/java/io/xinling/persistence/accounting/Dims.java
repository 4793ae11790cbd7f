package io.xinling.persistence.accounting;

import io.xinling.domain.accounting.DimensionValues;
import org.jooq.JSONB;

/** Dimension values as the jsonb the balance and line tables keep for filtering ({@code dims @> filter}). */
final class Dims {

    private Dims() {
    }

    static JSONB json(DimensionValues values) {
        StringBuilder json = new StringBuilder("{");
        values.values().forEach((d, v) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(d.wireName()).append("\":\"").append(escape(v)).append('"');
        });
        return JSONB.valueOf(json.append('}').toString());
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
