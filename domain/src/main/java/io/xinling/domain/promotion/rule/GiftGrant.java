package io.xinling.domain.promotion.rule;

/** A gift (or free-goods) line to add: SKU, quantity, and the unit value shown (its discount is 100 %). */
public record GiftGrant(String sku, long quantity, long unitValue) {

    public GiftGrant {
        if (quantity <= 0 || unitValue < 0) {
            throw new IllegalArgumentException("a gift needs a positive quantity and a value");
        }
    }
}
