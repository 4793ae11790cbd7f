package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

import java.util.List;
import java.util.Objects;

/**
 * One line of a cart. {@code lineNo} fixes every tie-break (never the input order). {@code categories}
 * is the category path from the root to the leaf, so a scheme on a parent category reaches its children.
 * {@code promotable = false} keeps a line (gift card, deposit, stored-value top-up) out of every benefit
 * and base; {@code memberDiscountExcluded} is 不参与会员折扣. A line's amount (unit price × quantity) is at most
 * {@link #MAX_AMOUNT_MINOR} minor units and its number at most {@link #MAX_LINE_NO}, so that the engine's long
 * arithmetic on amounts, units and added line numbers cannot overflow.
 */
public record CartLine(int lineNo, String sku, List<String> categories, String brand, Money unitPrice,
                       Quantity quantity, boolean promotable, boolean memberDiscountExcluded, PriceFloor floor) {

    /** The largest line amount in minor units (10^16: 100 million yuan × a million units, in fen). */
    public static final long MAX_AMOUNT_MINOR = 10_000_000_000_000_000L;
    /** The largest line number (gift lines are numbered after the cart's last line). */
    public static final int MAX_LINE_NO = 1_000_000;

    public CartLine {
        Objects.requireNonNull(sku, "sku");
        categories = List.copyOf(categories);
        brand = brand == null ? "" : brand;
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(floor, "floor");
        if (lineNo < 0 || lineNo > MAX_LINE_NO) {
            throw new IllegalArgumentException("line number must be from 0 to " + MAX_LINE_NO);
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("unit price must not be negative");
        }
        if (!quantity.isPositive()) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        if (!amountFits(unitPrice.minor(), quantity)) {
            throw new IllegalArgumentException("line amount above " + MAX_AMOUNT_MINOR + " minor units");
        }
    }

    /** Whether {@code unitMinor × quantity} is at most {@link #MAX_AMOUNT_MINOR}. */
    public static boolean amountFits(long unitMinor, Quantity quantity) {
        return java.math.BigDecimal.valueOf(unitMinor).multiply(quantity.value())
                .compareTo(java.math.BigDecimal.valueOf(MAX_AMOUNT_MINOR)) <= 0;
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
