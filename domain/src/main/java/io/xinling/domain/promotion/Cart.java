package io.xinling.domain.promotion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The goods to price, in one currency; lines are kept sorted by line number. The cart's amount is at most
 * {@link #MAX_AMOUNT_MINOR} minor units, so sums over its lines (and a shipping fee) stay within a long.
 */
public record Cart(List<CartLine> lines) {

    /** The largest cart amount in minor units (10^18). */
    public static final long MAX_AMOUNT_MINOR = 1_000_000_000_000_000_000L;

    public Cart {
        Objects.requireNonNull(lines, "lines");
        List<CartLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt(CartLine::lineNo));
        Set<Integer> seen = new HashSet<>();
        java.math.BigDecimal amount = java.math.BigDecimal.ZERO;
        for (CartLine line : sorted) {
            amount = amount.add(java.math.BigDecimal.valueOf(line.unitPrice().minor()).multiply(line.quantity().value()));
            if (!seen.add(line.lineNo())) {
                throw new IllegalArgumentException("duplicate line number " + line.lineNo());
            }
            if (!line.unitPrice().currency().equals(sorted.get(0).unitPrice().currency())) {
                throw new IllegalArgumentException("mixed currencies in one cart");
            }
        }
        if (amount.compareTo(java.math.BigDecimal.valueOf(MAX_AMOUNT_MINOR)) > 0) {
            throw new IllegalArgumentException("cart amount above " + MAX_AMOUNT_MINOR + " minor units");
        }
        lines = List.copyOf(sorted);
    }

    public static Cart of(CartLine... lines) {
        return new Cart(List.of(lines));
    }

    public int nextLineNo() {
        return lines.isEmpty() ? 1 : lines.get(lines.size() - 1).lineNo() + 1;
    }
}
