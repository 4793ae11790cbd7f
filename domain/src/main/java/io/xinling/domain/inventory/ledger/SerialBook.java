package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.SerialNo;
import io.xinling.domain.inventory.costing.MovementKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays the serials of the ledger in order: a serial comes into stock only when it is not in stock
 * anywhere, and leaves only the location that holds it. A serial can never be in stock twice.
 */
final class SerialBook {

    private SerialBook() {
    }

    static Either<InventoryError, Boolean> check(List<MovementSpec> ordered) {
        Map<SkuSerial, Location> inStock = new HashMap<>();
        Map<SkuSerial, MovementId> lastOut = new HashMap<>();
        for (MovementSpec m : ordered) {
            boolean in = isInbound(m.kind());
            for (SerialNo serial : m.serials()) {
                SkuSerial s = new SkuSerial(m.sku(), serial);
                if (in && inStock.putIfAbsent(s, m.slot().location()) != null) {
                    return Either.left(new InventoryError.DuplicateSerial(m.sku(), serial));
                }
                if (in && m.kind() == MovementKind.RETURN_REFERENCED && m.feed().isPresent()
                        && !m.feed().get().equals(lastOut.get(s))) {
                    return Either.left(new InventoryError.SerialNotOnSale(m.sku(), serial, m.feed().get()));
                }
                if (!in && !m.slot().location().equals(inStock.remove(s))) {
                    return Either.left(new InventoryError.SerialNotInStock(m.sku(), serial));
                }
                if (!in) {
                    lastOut.put(s, m.id());
                }
            }
        }
        return Either.right(true);
    }

    static boolean isInbound(MovementKind kind) {
        return switch (kind) {
            case INBOUND, INBOUND_FED, INBOUND_ALLOCATED, RETURN_REFERENCED, INBOUND_AT_AVERAGE -> true;
            default -> false;
        };
    }

    record SkuSerial(SkuId sku, SerialNo serial) {
    }
}
