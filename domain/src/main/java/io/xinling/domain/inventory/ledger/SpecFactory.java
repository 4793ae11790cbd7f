package io.xinling.domain.inventory.ledger;

import io.xinling.domain.catalog.Sku;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.SerialNo;
import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.inventory.costing.MovementKind;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.UnitQuantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Numbers the legs of one document in order and builds their specs (out legs are added first). */
final class SpecFactory {

    private final InventorySetup setup;
    private final DocumentHeader header;
    private final CostingScope scope;
    private final List<MovementSpec> specs = new ArrayList<>();

    /** Legs costed on the keys of {@code scope}, the scope in force on the document's date. */
    SpecFactory(InventorySetup setup, DocumentHeader header, CostingScope scope) {
        this.setup = setup;
        this.header = header;
        this.scope = scope;
    }

    MovementSpec add(Leg leg, MovementKind kind, Quantity quantity, Money input, Optional<MovementId> feed,
                     boolean negativeAllowed) {
        return add(leg, kind, quantity, input, feed, negativeAllowed, Optional.empty());
    }

    MovementSpec add(Leg leg, MovementKind kind, Quantity quantity, Money input, Optional<MovementId> feed,
                     boolean negativeAllowed, Optional<BigDecimal> weight) {
        StockSlot slot = new StockSlot(leg.location(), leg.sku().id(), leg.batch());
        return add(leg, CostingKey.of(slot, scope, leg.sku().batchCosting()), kind, quantity, input, feed,
                negativeAllowed, weight);
    }

    /** A leg on a key named by the caller (a scope switch leaves one scope's key for the other's). */
    MovementSpec add(Leg leg, CostingKey key, MovementKind kind, Quantity quantity, Money input,
                     Optional<MovementId> feed, boolean negativeAllowed, Optional<BigDecimal> weight) {
        return add(specs.size(), leg, key, kind, quantity, input, feed, negativeAllowed, weight);
    }

    /** As above, at leg {@code order} of the document's ordering (not its position among the legs made here). */
    MovementSpec add(int order, Leg leg, CostingKey key, MovementKind kind, Quantity quantity, Money input,
                     Optional<MovementId> feed, boolean negativeAllowed, Optional<BigDecimal> weight) {
        StockSlot slot = new StockSlot(leg.location(), leg.sku().id(), leg.batch());
        MovementSpec spec = new MovementSpec(new MovementId(header.id(), leg.line(), leg.legOfLine()),
                header.ordering(order), slot, key, kind, quantity, input, feed, negativeAllowed, weight,
                leg.entered(), leg.serials());
        specs.add(spec);
        return spec;
    }

    Money zero() {
        return Money.zero(setup.settings().currency());
    }

    List<MovementSpec> specs() {
        return List.copyOf(specs);
    }

    /** Where one leg of a line happens. */
    record Leg(int line, int legOfLine, Location location, Sku sku, Optional<BatchNo> batch, UnitQuantity entered,
               List<SerialNo> serials) {

        static Leg of(ResolvedLine r, int legOfLine, Location location) {
            return new Leg(r.line().line(), legOfLine, location, r.sku(), r.batch(), r.line().quantity(),
                    r.line().serials());
        }
    }
}
