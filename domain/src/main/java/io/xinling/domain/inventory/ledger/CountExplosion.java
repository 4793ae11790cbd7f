package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.costing.MovementKind;
import io.xinling.domain.inventory.document.AdjustmentLine;
import io.xinling.domain.inventory.document.CostAdjustment;
import io.xinling.domain.inventory.document.CountLine;
import io.xinling.domain.inventory.document.Stocktake;
import io.xinling.domain.inventory.ledger.SpecFactory.Leg;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.UnitQuantity;

import java.util.List;
import java.util.Optional;

/** Stocktake lines (counted quantities) and cost adjustment lines (value only). */
final class CountExplosion {

    private final InventorySetup setup;
    private final LineResolver lines;

    CountExplosion(InventorySetup setup, LineResolver lines) {
        this.setup = setup;
        this.lines = lines;
    }

    Either<InventoryError, ?> explode(SpecFactory f, Stocktake s) {
        return setup.warehouse(s.warehouse()).flatMap(w -> Eithers.traverse(s.lines(), l -> count(l)
                .map(c -> f.add(new Leg(l.line(), 0, Location.of(w.id()), c.sku(), c.batch(), l.counted(), List.of()),
                        MovementKind.COUNT, c.base(), f.zero(), Optional.empty(), false))));
    }

    Either<InventoryError, ?> explode(SpecFactory f, CostAdjustment c) {
        return setup.warehouse(c.warehouse()).flatMap(w -> Eithers.traverse(c.lines(), l -> adjustment(l)
                .map(a -> f.add(new Leg(l.line(), 0, Location.of(w.id()), a.sku(), a.batch(),
                                new UnitQuantity(Quantity.ZERO, a.sku().baseUnit()), List.of()),
                        MovementKind.VALUE_ADJUSTMENT, Quantity.ZERO, l.change(), Optional.empty(), false))));
    }

    private Either<InventoryError, Counted> count(CountLine l) {
        return lines.sku(l.sku()).flatMap(sku -> lines.base(l.line(), sku, l.counted(), true)
                .flatMap(base -> lines.batch(l.line(), sku, l.batch()).map(b -> new Counted(sku, base, b))));
    }

    private Either<InventoryError, Counted> adjustment(AdjustmentLine l) {
        if (l.change().isZero()) {
            return Either.left(new InventoryError.ZeroValueChange(l.line()));
        }
        return lines.sku(l.sku()).flatMap(sku -> lines.batch(l.line(), sku, l.batch())
                .map(b -> new Counted(sku, Quantity.ZERO, b)));
    }

    private record Counted(Sku sku, Quantity base, Optional<BatchNo> batch) {
    }
}
