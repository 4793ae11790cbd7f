package io.xinling.application.inventory;

import java.util.Objects;

/** A saved inventory document with its id and status. */
public record StoredDocument(long id, String number, DocumentStatus status, DocumentDraft draft) {

    public StoredDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(draft, "draft");
    }
}
