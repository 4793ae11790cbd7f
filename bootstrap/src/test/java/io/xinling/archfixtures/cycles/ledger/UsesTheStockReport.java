package io.xinling.archfixtures.cycles.ledger;

import io.xinling.archfixtures.cycles.stock.ReadsTheLedger;

/** Violates the cycle rule: the ledger uses the stock report, which reads the ledger. */
public class UsesTheStockReport {

    public int size(ReadsTheLedger report) {
        return report.lines();
    }
}
