package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.catalog.TrackingPolicy;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.PurchaseReturnCosting;
import io.xinling.domain.inventory.Warehouse;
import io.xinling.domain.inventory.costing.MovementKind;
import io.xinling.domain.inventory.document.CostAdjustment;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.PurchaseReturn;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.ScopeChange;
import io.xinling.domain.inventory.document.SalesReturn;
import io.xinling.domain.inventory.document.Stocktake;
import io.xinling.domain.inventory.document.UnreferencedReturn;
import io.xinling.domain.inventory.document.ValuedLine;
import io.xinling.domain.inventory.ledger.SpecFactory.Leg;
import io.xinling.domain.kernel.Money;

import java.util.List;
import java.util.Optional;

/** Turns a single-warehouse document into movement specs, checking every line. */
final class Explosion {

    private final InventorySetup setup;
    private final StockLedger ledger;
    private final LineResolver lines;

    Explosion(InventorySetup setup, StockLedger ledger) {
        this.setup = setup;
        this.ledger = ledger;
        this.lines = new LineResolver(setup);
    }

    Either<InventoryError, List<MovementSpec>> explode(InventoryDocument doc, List<Money> landed) {
        SpecFactory f = new SpecFactory(setup, doc.header(), Scopes.on(ledger, doc.header().date()));
        Either<InventoryError, ?> done;
        if (doc instanceof Receipt r) {
            done = receipt(f, r, landed);
        } else if (doc instanceof Issue i) {
            done = setup.warehouse(i.warehouse()).flatMap(w -> Eithers.traverse(i.lines(), l -> lines.resolve(l)
                    .map(r -> f.add(Leg.of(r, 0, Location.of(w.id())), MovementKind.OUTBOUND, r.base(), f.zero(),
                            Optional.empty(), mayGoNegative(w, r)))));
        } else if (doc instanceof SalesReturn s) {
            done = setup.warehouse(s.warehouse()).flatMap(w -> Eithers.traverse(s.lines(), l -> lines.resolve(l.stock())
                    .flatMap(r -> sale(l.sale(), r).map(sale -> f.add(Leg.of(r, 0, Location.of(w.id())),
                            MovementKind.RETURN_REFERENCED, r.base(), f.zero(), Optional.of(sale), false)))));
        } else if (doc instanceof UnreferencedReturn u) {
            done = setup.warehouse(u.warehouse()).flatMap(w -> Eithers.traverse(u.lines(), l -> lines.resolve(l)
                    .map(r -> f.add(Leg.of(r, 0, Location.of(w.id())), MovementKind.INBOUND_AT_AVERAGE, r.base(),
                            f.zero(), Optional.empty(), false))));
        } else if (doc instanceof PurchaseReturn p) {
            done = purchaseReturn(f, p);
        } else if (doc instanceof Stocktake s) {
            done = new CountExplosion(setup, lines).explode(f, s);
        } else if (doc instanceof ScopeChange c) {
            done = Scopes.explode(f, setup, c);
        } else if (doc instanceof CostAdjustment c) {
            done = new CountExplosion(setup, lines).explode(f, c);
        } else {
            done = new CompoundExplosion(setup, ledger, lines).explode(f, doc);
        }
        return done.map(ok -> f.specs());
    }

    private Either<InventoryError, ?> receipt(SpecFactory f, Receipt r, List<Money> landed) {
        return setup.warehouse(r.warehouse()).flatMap(w -> Eithers.traverse(r.lines(), l -> valued(l)
                .map(line -> f.add(Leg.of(line, 0, Location.of(w.id())), MovementKind.INBOUND, line.base(),
                        l.amount().plus(landed.isEmpty() ? f.zero() : landed.get(r.lines().indexOf(l))),
                        Optional.empty(), false))));
    }

    private Either<InventoryError, ?> purchaseReturn(SpecFactory f, PurchaseReturn p) {
        MovementKind kind = setup.settings().purchaseReturnCosting() == PurchaseReturnCosting.ORIGINAL_PRICE
                ? MovementKind.PURCHASE_RETURN : MovementKind.PURCHASE_RETURN_AVERAGE;
        return setup.warehouse(p.warehouse()).flatMap(w -> Eithers.traverse(p.lines(), l -> valued(l)
                .map(line -> f.add(Leg.of(line, 0, Location.of(w.id())), kind, line.base(), l.amount(),
                        Optional.empty(), false))));
    }

    private Either<InventoryError, ResolvedLine> valued(ValuedLine l) {
        if (l.amount().isNegative()) {
            return Either.left(new InventoryError.NegativeAmount(l.stock().line(), l.amount().format()));
        }
        return lines.resolve(l.stock());
    }

    private Either<InventoryError, MovementId> sale(MovementId sale, ResolvedLine r) {
        return ledger.movement(sale)
                .filter(m -> m.spec().kind() == MovementKind.OUTBOUND && m.spec().sku().equals(r.sku().id()))
                .<Either<InventoryError, MovementId>>map(m -> Either.right(sale))
                .orElseGet(() -> Either.left(new InventoryError.UnknownMovement(sale)));
    }

    /** Only sales and other issues may go below zero, never for batch-costed or serial SKUs (spec 2.6). */
    private boolean mayGoNegative(Warehouse w, ResolvedLine r) {
        return setup.settings().negativeAllowedIn(w) && !r.sku().batchCosting()
                && r.sku().tracking() != TrackingPolicy.SERIAL;
    }
}
