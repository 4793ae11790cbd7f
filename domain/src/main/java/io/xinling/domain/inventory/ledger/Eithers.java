package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.inventory.InventoryError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks every line independently (as Vavr's {@code Validation} would): every line's result, or the one
 * refusal, or all refusals together as {@link InventoryError.InvalidLines}.
 */
final class Eithers {

    private Eithers() {
    }

    static <T, R> Either<InventoryError, List<R>> traverse(List<T> items,
                                                          Function<T, Either<InventoryError, R>> f) {
        List<R> out = new ArrayList<>(items.size());
        List<InventoryError> errors = new ArrayList<>();
        for (T item : items) {
            f.apply(item).peek(out::add).peekLeft(errors::add);
        }
        if (errors.isEmpty()) {
            return Either.right(out);
        }
        return Either.left(errors.size() == 1 ? errors.get(0) : new InventoryError.InvalidLines(errors));
    }
}
