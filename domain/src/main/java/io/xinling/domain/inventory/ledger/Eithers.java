package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.inventory.InventoryError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The first refusal among the lines, or every line's result. */
final class Eithers {

    private Eithers() {
    }

    static <T, R> Either<InventoryError, List<R>> traverse(List<T> items,
                                                          Function<T, Either<InventoryError, R>> f) {
        List<R> out = new ArrayList<>(items.size());
        for (T item : items) {
            Either<InventoryError, R> r = f.apply(item);
            if (r.isLeft()) {
                return Either.left(r.getLeft());
            }
            out.add(r.get());
        }
        return Either.right(out);
    }
}
