package io.xinling.domain.inventory.document;

/** How a landed cost is spread over the receipt's lines (the last line takes the remainder). */
public enum LandedCostBasis { AMOUNT, QUANTITY }
