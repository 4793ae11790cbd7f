package io.xinling.domain.inventory.costing;

/**
 * How a movement is costed (spec 2.4 to 2.11). Documents of every context map their lines onto these
 * kinds: a purchase is {@link #INBOUND}, a sale {@link #OUTBOUND}, a transfer an {@link #OUTBOUND} leg
 * followed by a {@link #INBOUND_FED} leg.
 */
public enum MovementKind {
    /** Inbound with a known amount (purchase, opening, other inbound, unreferenced purchase-side returns). */
    INBOUND,
    /** Inbound whose amount is the cost of the movement that feeds it (transfer-in, transit legs). */
    INBOUND_FED,
    /** Inbound whose amount is a share of the document's outbound costs plus its fee (kit or component in). */
    INBOUND_ALLOCATED,
    /** Referenced sales return: the amount is derived from the fed sale's cost (2.7). */
    RETURN_REFERENCED,
    /** Inbound at the current average, or at the reference cost when nothing is held (unreferenced return). */
    INBOUND_AT_AVERAGE,
    /** Outbound at value share; may go below zero only when the movement allows it (2.6). */
    OUTBOUND,
    /** Purchase return at the original price, clamped to the value held (2.7). */
    PURCHASE_RETURN,
    /** Purchase return at the current average (setting CURRENT_AVERAGE). */
    PURCHASE_RETURN_AVERAGE,
    /** Stocktake line: the quantity is the counted quantity, the gain or loss is derived on replay (2.10). */
    COUNT,
    /** Value-only cost adjustment: allowed only when the key holds stock and value stays non-negative. */
    VALUE_ADJUSTMENT,
    /** Value-only late charge: into stock when the key holds stock, otherwise expensed (2.11 fallback). */
    VALUE_OR_EXPENSE,
    /**
     * Scope switch (2.1), leaving the old key: the stock of one (old key, warehouse) pair, quantity derived on
     * replay, valued at what that warehouse carries of the key (Σ of its amounts since the key last opened).
     * It never changes the physical balance. Not a kind of any business document.
     */
    SWITCH_OUT,
    /**
     * Scope switch, opening the new key: the pair's quantity at the value share of the old key (the last pair of
     * an old key taking the remainder); the last opening leg of a new key settles the negative stock it brings
     * against the stock on hand as 2.6 settles a hole (a value left at zero quantity whole) and records what
     * stays negative as a hole. It never changes the physical balance.
     */
    SWITCH_IN;

    private static final MovementKind[] ALL = values();

    static MovementKind of(byte code) {
        return ALL[code];
    }

    byte code() {
        return (byte) ordinal();
    }
}
