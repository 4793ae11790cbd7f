package io.xinling.domain.inventory.costing;

/**
 * Why a costing run stopped: the movement at {@code position} cannot be costed. {@code shortfall} is
 * in millionths of a base unit for {@link Reason#INSUFFICIENT_STOCK}, otherwise 0.
 */
public record EngineFault(int position, Reason reason, long shortfall) {

    public enum Reason {
        /** The physical slot (or, for kinds that may never go negative, the key) would go below zero. */
        INSUFFICIENT_STOCK,
        /** No reference cost exists for units without value behind them, and zero cost is not allowed. */
        COST_UNKNOWN,
        /** A cost adjustment on a key that holds no stock, or that would make its value negative. */
        ADJUSTMENT_NOT_ALLOWED,
        /** A referenced return of more units than remain on the sale. */
        RETURN_EXCEEDS_SALE,
        /** A scope switch left stock on an old key: it lacks a line for a location that held some. */
        SWITCH_INCOMPLETE,
        /** An inbound would take the key's quantity beyond {@link CostingRun#MAX_QUANTITY_MICRO}. */
        QUANTITY_OUT_OF_RANGE
    }
}
