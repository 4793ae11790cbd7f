package io.xinling.domain.inventory.document;

/**
 * How a landed cost is spread over the receipt's lines (the last line takes the remainder): by amount or quantity;
 * or {@code LINES}, each receipt line's share given (the price difference of a supplier invoice that settles an
 * estimated receipt, 暂估入库 then 到票, spec 2.11).
 */
public enum LandedCostBasis { AMOUNT, QUANTITY, LINES }
