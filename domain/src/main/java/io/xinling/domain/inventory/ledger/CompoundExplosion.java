package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.costing.MovementKind;
import io.xinling.domain.inventory.document.Assembly;
import io.xinling.domain.inventory.document.Disassembly;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.document.Transfer;
import io.xinling.domain.inventory.document.TransferDispatch;
import io.xinling.domain.inventory.document.TransferReceipt;
import io.xinling.domain.inventory.document.WeightedLine;
import io.xinling.domain.inventory.ledger.SpecFactory.Leg;
import io.xinling.domain.kernel.Money;

import java.util.List;
import java.util.Optional;

/** Documents with out and in legs: transfers (one and two steps), assembly and disassembly. */
final class CompoundExplosion {

    private final InventorySetup setup;
    private final StockLedger ledger;
    private final LineResolver lines;

    CompoundExplosion(InventorySetup setup, StockLedger ledger, LineResolver lines) {
        this.setup = setup;
        this.ledger = ledger;
        this.lines = lines;
    }

    Either<InventoryError, ?> explode(SpecFactory f, InventoryDocument doc) {
        if (doc instanceof Transfer t) {
            return move(f, t.from(), t.to(), Location.of(t.from()), Location.of(t.to()), t.lines());
        }
        if (doc instanceof TransferDispatch d) {
            return move(f, d.from(), d.to(), Location.of(d.from()), new Location.InTransit(d.header().id()), d.lines());
        }
        if (doc instanceof TransferReceipt r) {
            return ledger.document(r.dispatch())
                    .filter(TransferDispatch.class::isInstance).map(TransferDispatch.class::cast)
                    .<Either<InventoryError, TransferDispatch>>map(Either::right)
                    .orElseGet(() -> Either.left(new InventoryError.UnknownDocument(r.dispatch())))
                    .flatMap(d -> move(f, d.from(), d.to(), new Location.InTransit(d.header().id()),
                            Location.of(d.to()), r.lines()));
        }
        if (doc instanceof Assembly a) {
            return setup.warehouse(a.warehouse()).flatMap(w -> outs(f, Location.of(w.id()), a.components())
                    .flatMap(ok -> ins(f, Location.of(w.id()), a.kits(), a.fee())));
        }
        Disassembly d = (Disassembly) doc;
        return setup.warehouse(d.warehouse()).flatMap(w -> outs(f, Location.of(w.id()), List.of(d.kit()))
                .flatMap(ok -> ins(f, Location.of(w.id()), d.components(), d.fee())));
    }

    private Either<InventoryError, ?> move(SpecFactory f, WarehouseId from, WarehouseId to, Location out,
                                           Location in, List<StockLine> stock) {
        if (from.equals(to)) {
            return Either.left(new InventoryError.SameWarehouse(from));
        }
        return setup.warehouse(from).flatMap(a -> setup.warehouse(to)).flatMap(b -> Eithers.traverse(stock,
                l -> lines.resolve(l).map(r -> {
                    MovementSpec o = f.add(Leg.of(r, 0, out), MovementKind.OUTBOUND, r.base(), f.zero(),
                            Optional.empty(), false);
                    return f.add(Leg.of(r, 1, in), MovementKind.INBOUND_FED, r.base(), f.zero(),
                            Optional.of(o.id()), false);
                })));
    }

    private Either<InventoryError, ?> outs(SpecFactory f, Location at, List<StockLine> stock) {
        return Eithers.traverse(stock, l -> lines.resolve(l).map(r -> f.add(Leg.of(r, 0, at), MovementKind.OUTBOUND,
                r.base(), f.zero(), Optional.empty(), false)));
    }

    private Either<InventoryError, ?> ins(SpecFactory f, Location at, List<WeightedLine> made, Money fee) {
        if (fee.isNegative()) {
            return Either.left(new InventoryError.NegativeAmount(0, fee.format()));
        }
        return Eithers.traverse(made, l -> lines.resolve(l.stock()).map(r -> f.add(Leg.of(r, 0, at),
                MovementKind.INBOUND_ALLOCATED, r.base(), fee, Optional.empty(), false,
                l.weight())));
    }
}
