package io.xinling.domain.inventory;

/** Identifies a document within its tenant. */
public record DocumentId(long value) {

    public DocumentId {
        if (value <= 0) {
            throw new IllegalArgumentException("document id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
