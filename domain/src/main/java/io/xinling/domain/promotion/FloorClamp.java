package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;

/** The price-floor guard gave back {@code restored} on a line so it stays at {@code floorAmount} (spec 2.42). */
public record FloorClamp(int lineNo, String sku, Stage stage, Money restored, Money floorAmount) {
}
