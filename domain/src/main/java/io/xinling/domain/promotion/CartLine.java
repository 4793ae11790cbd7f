package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

import java.util.List;
import java.util.Objects;

/**
 * One line of a cart. {@code lineNo} fixes every tie-break (never the input order). {@code categories}
 * is the category path from the root to the leaf, so a scheme on a parent category reaches its children.
 * {@code promotable = false} keeps a line (gift card, deposit, stored-value top-up) out of every benefit
 * and base; {@code memberDiscountExcluded} is 不参与会员折扣.
 */
public record CartLine(int lineNo, String sku, List<String> categories, String brand, Money unitPrice,
                       Quantity quantity, boolean promotable, boolean memberDiscountExcluded, PriceFloor floor) {

    public CartLine {
        Objects.requireNonNull(sku, "sku");
        categories = List.copyOf(categories);
        brand = brand == null ? "" : brand;
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(floor, "floor");
        if (lineNo < 0) {
            throw new IllegalArgumentException("line number must not be negative");
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("unit price must not be negative");
        }
        if (!quantity.isPositive()) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }

    /** A promotable line without floor. */
    public static CartLine of(int lineNo, String sku, String category, String brand, Money unitPrice, long quantity) {
        return new CartLine(lineNo, sku, List.of(category), brand, unitPrice, Quantity.of(quantity), true, false,
                PriceFloor.NONE);
    }

    public CartLine withFloor(PriceFloor newFloor) {
        return new CartLine(lineNo, sku, categories, brand, unitPrice, quantity, promotable, memberDiscountExcluded, newFloor);
    }

    public CartLine withCategories(List<String> path) {
        return new CartLine(lineNo, sku, path, brand, unitPrice, quantity, promotable, memberDiscountExcluded, floor);
    }

    public CartLine notPromotable() {
        return new CartLine(lineNo, sku, categories, brand, unitPrice, quantity, false, memberDiscountExcluded, floor);
    }

    public CartLine excludedFromMemberDiscount() {
        return new CartLine(lineNo, sku, categories, brand, unitPrice, quantity, promotable, true, floor);
    }

    public CartLine withQuantity(Quantity newQuantity) {
        return new CartLine(lineNo, sku, categories, brand, unitPrice, newQuantity, promotable, memberDiscountExcluded, floor);
    }
}
