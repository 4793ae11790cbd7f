package io.xinling.domain.kernel;

/**
 * An expected business outcome that refuses a request. Each bounded context declares its own
 * {@code sealed interface XxxError extends DomainError} with record cases, so the hierarchy is closed
 * per context (Java only lets a sealed type permit subtypes of its own package outside named modules).
 *
 * <p>{@link #code()} is stable: adapters map it to a status and a problem type in one table.
 */
public interface DomainError {

    /** Stable, dotted, lower-case code such as {@code inventory.insufficient-stock}. */
    String code();

    /** A sentence for a human; never parsed. */
    String message();
}
