package io.xinling.domain.settlement;

import java.util.Objects;

/** The document behind an item, e.g. ({@code sales-delivery}, {@code S100}); unique per ledger. */
public record SourceDocument(String type, String reference) {

    public SourceDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reference, "reference");
    }

    @Override
    public String toString() {
        return type + " " + reference;
    }
}
