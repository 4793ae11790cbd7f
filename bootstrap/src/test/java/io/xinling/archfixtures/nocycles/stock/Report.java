package io.xinling.archfixtures.nocycles.stock;

import io.xinling.archfixtures.nocycles.ledger.Ledger;

/** Complies with the cycle rule: the report reads the ledger, one way. */
public class Report {

    public int lines(Ledger ledger) {
        return ledger.lines();
    }
}
