package io.xinling.domain.promotion.lifecycle;

import io.xinling.domain.kernel.DomainError;

/** Refusals of the scheme lifecycle. */
public sealed interface LifecycleError extends DomainError {

    record IllegalTransition(SchemeStatus current, SchemeStatus.Action action) implements LifecycleError {
        @Override public String code() { return "promotion.illegal-transition"; }
        @Override public String message() {
            return "a scheme that is " + current.wireName() + " cannot " + action.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record UnknownAction(String action) implements LifecycleError {
        @Override public String code() { return "promotion.action-not-found"; }
        @Override public String message() { return "no scheme action " + action; }
    }

    record SchemeNotFound(String schemeId) implements LifecycleError {
        @Override public String code() { return "promotion.scheme-not-found"; }
        @Override public String message() { return "no scheme " + schemeId; }
    }

    record Invalid(String field, String problem) implements LifecycleError {
        @Override public String code() { return "promotion.invalid-scheme"; }
        @Override public String message() { return field + ": " + problem; }
    }

    /** A rule type that is not in the catalogue: the same code as in preview and conflict reports. */
    record UnknownRuleType(String type) implements LifecycleError {
        @Override public String code() { return "promotion.unknown-rule-type"; }
        @Override public String message() { return "type: unknown rule type '" + type + "'"; }
    }

    record IdTaken(String schemeId) implements LifecycleError {
        @Override public String code() { return "promotion.scheme-id-conflict"; }
        @Override public String message() { return "a scheme " + schemeId + " exists already"; }
    }
}
