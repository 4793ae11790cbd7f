package io.xinling.domain.inventory.costing;

import java.util.Optional;

/** The outcome of a costing run: the changed amounts, how many movements were costed, the first fault. */
public record RecostReport(CostDeltas deltas, int costed, Optional<EngineFault> fault) {

    public boolean ok() {
        return fault.isEmpty();
    }
}
