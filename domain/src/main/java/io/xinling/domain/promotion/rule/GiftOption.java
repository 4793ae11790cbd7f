package io.xinling.domain.promotion.rule;

import java.util.Objects;

/** A gift the customer may receive: SKU and the value shown (its list price or a configured value). */
public record GiftOption(String sku, long value) {

    public GiftOption {
        Objects.requireNonNull(sku, "sku");
        if (value < 0) {
            throw new IllegalArgumentException("gift value must not be negative");
        }
    }
}
