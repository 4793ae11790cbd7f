package io.xinling.domain.inventory.document;

/**
 * A document that moves stock or its value. Each becomes one or more movements on the stock ledger;
 * purchase and sales documents of the trade context map onto {@link Receipt}, {@link Issue},
 * {@link SalesReturn} and {@link PurchaseReturn} (or add cases here).
 */
public sealed interface InventoryDocument permits Receipt, Issue, SalesReturn, UnreferencedReturn, PurchaseReturn,
        Transfer, TransferDispatch, TransferReceipt, Stocktake, Assembly, Disassembly, CostAdjustment, LandedCost,
        ScopeChange {

    DocumentHeader header();
}
