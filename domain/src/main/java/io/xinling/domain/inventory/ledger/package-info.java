/**
 * The stock ledger: entry points for the application layer.
 *
 * <ul>
 *   <li>{@link io.xinling.domain.inventory.ledger.StockLedger} — {@code post(document)}, {@code cancel(id)},
 *   {@code edit(document)} each return {@code Either<InventoryError, PostingResult>}; a
 *   {@link io.xinling.domain.inventory.ledger.PostingResult} holds the new ledger, the document's costed
 *   {@link io.xinling.domain.inventory.ledger.StockMovement rows}, the
 *   {@link io.xinling.domain.inventory.ledger.CostDelta cost deltas} of every other row the change
 *   re-costed, and the touched balances.</li>
 *   <li>Rows are what persistence stores: a {@link io.xinling.domain.inventory.ledger.MovementSpec} (inputs,
 *   fixed at posting) and a {@link io.xinling.domain.inventory.costing.StoredCost} (outputs, replaced by
 *   re-costing). Balances ({@code keyBalances()}, {@code slotBalances()}) are derived from the rows and
 *   {@code replayed()} rebuilds every row from scratch.</li>
 *   <li>{@link io.xinling.domain.inventory.ledger.ScopeSwitch} gives the opening balances when the costing
 *   scope changes at a period boundary.</li>
 * </ul>
 */
package io.xinling.domain.inventory.ledger;
