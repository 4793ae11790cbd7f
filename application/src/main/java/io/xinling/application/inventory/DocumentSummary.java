package io.xinling.application.inventory;

import java.util.Objects;

/** A listed document: its header (the draft without lines), its status and how many lines it has. */
public record DocumentSummary(long id, String number, DocumentStatus status, DocumentDraft header, int lines) {

    public DocumentSummary {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(header, "header");
    }
}
