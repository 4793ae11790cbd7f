package io.xinling.archfixtures.cycles.stock;

import io.xinling.archfixtures.cycles.ledger.UsesTheStockReport;

/** The other half of the cycle. */
public class ReadsTheLedger {

    public int lines() {
        return new UsesTheStockReport().hashCode();
    }
}
