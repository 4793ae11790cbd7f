package io.xinling.domain.settlement;

/** Receivables (应收, customers; GL 1122 and 2203) or payables (应付, suppliers; GL 2202 and 1123). */
public enum Ledger {
    RECEIVABLE, PAYABLE
}
