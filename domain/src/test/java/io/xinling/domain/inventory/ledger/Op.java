package io.xinling.domain.inventory.ledger;

/**
 * One generated step of a history: post a document of {@code kind}, or cancel the {@code target}-th
 * posted document, or move it to {@code day} ({@code REDATE}, an edit). Quantities in thousandths of a unit, amounts in fen, dates as days of January.
 */
record Op(Kind kind, int day, int warehouse, int otherWarehouse, int sku, long milli, long otherMilli,
          long fen, int target) {

    enum Kind { RECEIPT, SALE, TRANSFER, STOCKTAKE, ASSEMBLY, CANCEL, REDATE, RETURN, DISPATCH, RECEIVE, DISASSEMBLY }
}
