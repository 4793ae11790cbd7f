package io.xinling.domain.promotion.returns;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

/** The refund of one returned line: units, cash and the redeemed points that come back with it. */
public record LineRefund(int lineNo, String sku, Quantity quantity, Money refund, long pointsRestored) {
}
