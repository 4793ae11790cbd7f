package io.xinling.domain.pricing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The tenant's price-resolution order (取价规则): the kinds of list tried in turn; the first kind that
 * has a valid price wins. Each kind appears at most once; a kind left out is never used.
 */
public record PriceResolutionOrder(List<PriceListKind> kinds) {

    public static final PriceResolutionOrder DEFAULT = new PriceResolutionOrder(List.of(
            PriceListKind.CUSTOMER, PriceListKind.DEALER_LEVEL, PriceListKind.STORE,
            PriceListKind.WHOLESALE, PriceListKind.RETAIL));

    public PriceResolutionOrder {
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("the resolution order names at least one kind of list");
        }
        Set<PriceListKind> seen = EnumSet.noneOf(PriceListKind.class);
        for (PriceListKind kind : kinds) {
            if (!seen.add(kind)) {
                throw new IllegalArgumentException("kind " + kind + " appears twice");
            }
        }
    }
}
