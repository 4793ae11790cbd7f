package io.xinling.domain.inventory.ledger;

import io.xinling.domain.catalog.Sku;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.costing.EngineFault;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.UnitQuantity;

import java.util.List;
import java.util.Optional;

/** Translates an engine fault at a tape position into the refusal a user can act on. */
final class Faults {

    private Faults() {
    }

    static InventoryError translate(EngineFault fault, List<StockMovement> rows, InventorySetup setup) {
        MovementSpec s = rows.get(fault.position()).spec();
        return switch (fault.reason()) {
            case INSUFFICIENT_STOCK -> insufficient(s, fault.shortfall(), setup);
            case COST_UNKNOWN -> new InventoryError.CostUnknown(s.sku(), s.id());
            case ADJUSTMENT_NOT_ALLOWED -> new InventoryError.AdjustmentNotAllowed(s.sku(), s.id());
            case RETURN_EXCEEDS_SALE -> new InventoryError.ReturnExceedsSale(s.feed().orElseThrow(), s.id());
            case SWITCH_INCOMPLETE -> new InventoryError.ScopeSwitchRefused(s.ordering().date(),
                    "it carries no line for SKU " + s.sku() + " in every warehouse that held it");
            case QUANTITY_OUT_OF_RANGE -> new InventoryError.QuantityOutOfRange("SKU " + s.sku() + " at "
                    + s.slot().location() + " after " + s.id(), "the balance");
        };
    }

    private static InventoryError insufficient(MovementSpec s, long shortfallMicro, InventorySetup setup) {
        if (s.slot().location() instanceof Location.InTransit transit) {
            return new InventoryError.TransferExceedsDispatch(transit.dispatch(), s.sku());
        }
        Quantity shortfall = StockMovement.quantity(shortfallMicro);
        Sku sku = setup.catalog().find(s.sku()).orElseThrow();
        UnitQuantity inBase = new UnitQuantity(shortfall, sku.baseUnit());
        UnitQuantity inDocument = sku.fromBase(shortfall, s.entered().unit());
        return new InventoryError.InsufficientStock(s.sku(), s.slot().location(), s.slot().batch(), shortfall,
                inBase, inDocument, Optional.of(s.id()));
    }
}
