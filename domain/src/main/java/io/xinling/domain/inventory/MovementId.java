package io.xinling.domain.inventory;

import java.util.Objects;

/** A stock movement: leg {@code leg} of line {@code line} of a document; stable across re-costing. */
public record MovementId(DocumentId document, int line, int leg) implements Comparable<MovementId> {

    public MovementId {
        Objects.requireNonNull(document, "document");
        if (line < 0 || leg < 0) {
            throw new IllegalArgumentException("line and leg are not negative");
        }
    }

    /** A single long for the compact tape: document id, line (20 bits) and leg (4 bits). */
    public long packed() {
        return (document.value() << 24) | ((long) line << 4) | leg;
    }

    /** As messages name it: {@code line 1 of document 44} (and the leg when not the first). */
    @Override
    public String toString() {
        return "line " + line + (leg == 0 ? "" : " leg " + leg) + " of document " + document;
    }

    @Override
    public int compareTo(MovementId o) {
        return Long.compare(packed(), o.packed());
    }
}
