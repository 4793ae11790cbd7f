package io.xinling.domain.promotion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The goods to price, in one currency; lines are kept sorted by line number. */
public record Cart(List<CartLine> lines) {

    public Cart {
        Objects.requireNonNull(lines, "lines");
        List<CartLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt(CartLine::lineNo));
        Set<Integer> seen = new HashSet<>();
        for (CartLine line : sorted) {
            if (!seen.add(line.lineNo())) {
                throw new IllegalArgumentException("duplicate line number " + line.lineNo());
            }
            if (!line.unitPrice().currency().equals(sorted.get(0).unitPrice().currency())) {
                throw new IllegalArgumentException("mixed currencies in one cart");
            }
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
