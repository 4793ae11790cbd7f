package io.xinling.application.inventory;

import io.xinling.domain.kernel.DomainError;

/** Refusals of the inventory use cases: the domain's own, plus missing things and malformed requests. */
public sealed interface StockError extends DomainError {

    /** A refusal of the catalog or the stock ledger, under its own code. */
    record Refused(DomainError cause) implements StockError {
        @Override public String code() { return cause.code(); }
        @Override public String message() { return cause.message(); }
    }

    /** A refusal under its own code, told in other words (a draft checked before it has an id of its own). */
    record Reworded(String code, String message) implements StockError {
    }

    /** A thing named in the path does not exist (for this tenant). */
    record NotFound(String context, String what, String id) implements StockError {
        @Override public String code() { return context + "." + what + "-not-found"; }
        @Override public String message() { return "no " + what + " " + id; }
    }

    /** A field of the request is absent or malformed. */
    record Invalid(String field, String reason) implements StockError {
        @Override public String code() { return "inventory.invalid-field"; }
        @Override public String message() { return field + ": " + reason; }
    }

    /** The action does not apply to a document in its current status. */
    record IllegalStatus(long document, String status, String action) implements StockError {
        @Override public String code() { return "inventory.illegal-status"; }
        @Override public String message() { return "document " + document + " is " + status + " and cannot be " + action; }
    }

    /** The document a draft refers to is not posted (yet, or any more): it must be posted before this one. */
    record ReferenceNotPosted(String field, long document, String kind, String status) implements StockError {
        @Override public String code() { return "inventory.reference-not-posted"; }
        @Override public String message() {
            return field + ": " + kind + " " + document + " is " + status + "; post it before posting this document";
        }
    }

    /** A code that must be unique already exists. */
    record CodeConflict(String what, String code) implements StockError {
        @Override public String code() { return "catalog.code-conflict"; }
        @Override public String message() { return what + " " + code + " already exists"; }
    }

    /** The costing scope cannot switch now (spec 2.1). */
    record ScopeSwitchConflict(String reason) implements StockError {
        @Override public String code() { return "inventory.scope-switch-conflict"; }
        @Override public String message() { return reason; }
    }

    static StockError of(DomainError error) {
        return error instanceof StockError s ? s : new Refused(error);
    }
}
