package io.xinling.domain.inventory.document;

/** Why goods come in with an amount. */
public enum ReceiptPurpose { OPENING, PURCHASE, OTHER }
