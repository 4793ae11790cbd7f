package io.xinling.domain.settlement;

/** Where an item came from: a posted business document, a receipt or payment, or an advance (预收/预付). */
public enum ItemKind {
    DOCUMENT, RECEIPT, ADVANCE
}
