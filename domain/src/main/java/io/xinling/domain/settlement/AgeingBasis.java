package io.xinling.domain.settlement;

/** What an item's age counts from: its document date (账龄, the default) or its due date (逾期账龄). */
public enum AgeingBasis {
    DOCUMENT_DATE, DUE_DATE
}
