package io.xinling.domain.inventory;

import java.util.Objects;

/** Where stock is: in a warehouse, or in transit on a two-step transfer. */
public sealed interface Location {

    record InWarehouse(WarehouseId warehouse) implements Location {
        public InWarehouse {
            Objects.requireNonNull(warehouse, "warehouse");
        }

        @Override
        public String toString() {
            return "warehouse " + warehouse;
        }
    }

    /** The transit location of one two-step transfer, named by its dispatch document (spec 2.8). */
    record InTransit(DocumentId dispatch) implements Location {
        public InTransit {
            Objects.requireNonNull(dispatch, "dispatch");
        }

        @Override
        public String toString() {
            return "transit of dispatch " + dispatch;
        }
    }

    static Location of(WarehouseId warehouse) {
        return new InWarehouse(warehouse);
    }
}
