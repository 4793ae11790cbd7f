package io.xinling.domain.promotion.lifecycle;

import io.vavr.control.Either;

import java.util.Locale;
import java.util.Map;

/**
 * A scheme version's status (spec 3.1): draft → pending approval → approved → active ⇄ paused → ended;
 * cancelled from any status before active. Only active versions take part in pricing.
 */
public enum SchemeStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, ACTIVE, PAUSED, ENDED, CANCELLED;

    /** What an operator can do to a version. */
    public enum Action { SUBMIT, APPROVE, REJECT, ACTIVATE, PAUSE, RESUME, END, CANCEL }

    private static final Map<SchemeStatus, Map<Action, SchemeStatus>> MOVES = Map.of(
            DRAFT, Map.of(Action.SUBMIT, PENDING_APPROVAL, Action.CANCEL, CANCELLED),
            PENDING_APPROVAL, Map.of(Action.APPROVE, APPROVED, Action.REJECT, DRAFT, Action.CANCEL, CANCELLED),
            APPROVED, Map.of(Action.ACTIVATE, ACTIVE, Action.CANCEL, CANCELLED),
            ACTIVE, Map.of(Action.PAUSE, PAUSED, Action.END, ENDED),
            PAUSED, Map.of(Action.RESUME, ACTIVE, Action.END, ENDED),
            ENDED, Map.of(),
            CANCELLED, Map.of());

    public Either<LifecycleError, SchemeStatus> apply(Action action) {
        SchemeStatus next = MOVES.get(this).get(action);
        return next == null ? Either.left(new LifecycleError.IllegalTransition(this, action)) : Either.right(next);
    }

    /** A version in this status may still be edited in place; later ones get a new version instead. */
    public boolean editableInPlace() {
        return this == DRAFT;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Either<LifecycleError, Action> action(String wire) {
        for (Action a : Action.values()) {
            if (a.name().toLowerCase(Locale.ROOT).equals(wire)) {
                return Either.right(a);
            }
        }
        return Either.left(new LifecycleError.UnknownAction(wire));
    }
}
