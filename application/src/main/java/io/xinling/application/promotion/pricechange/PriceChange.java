package io.xinling.application.promotion.pricechange;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.rule.item.ScheduledPriceAdjustment;
import io.xinling.domain.promotion.scheme.Audience;
import io.xinling.domain.promotion.scheme.Limits;
import io.xinling.domain.promotion.scheme.ProductScope;
import io.xinling.domain.promotion.scheme.Stacking;
import io.xinling.domain.promotion.scheme.TimeWindow;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A promotional price change (促销调价, spec 2.9): new base prices of SKUs in some stores (none = all) for
 * {@code [start, end)} in the stores' local time. Approved, it feeds stage S0 of the engine as a
 * {@code scheduled_price_adjustment} scheme while its window covers the ticket time.
 */
public record PriceChange(long id, Set<String> stores, LocalDateTime start, LocalDateTime end, Map<String, Money> prices,
                          Status status, String note, Instant updatedAt) {

    /** {@code DRAFT → APPROVED → CANCELLED}, {@code DRAFT → CANCELLED}. */
    public enum Status { DRAFT, APPROVED, CANCELLED }

    public PriceChange {
        stores = Set.copyOf(stores);
        prices = new TreeMap<>(prices);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("empty window");
        }
    }

    public PriceChange withStatus(Status next, Instant at) {
        return new PriceChange(id, stores, start, end, prices, next, note, at);
    }

    /** Approved and its window covers {@code at}. */
    public boolean effectiveAt(LocalDateTime at) {
        return status == Status.APPROVED && !at.isBefore(start) && at.isBefore(end);
    }

    /** The engine's view: an S0 base-price scheme with this document's stores, SKUs and window. */
    public Scheme asScheme() {
        Map<String, Long> minor = new TreeMap<>();
        prices.forEach((sku, price) -> minor.put(sku, price.minor()));
        Audience audience = new Audience(stores, Set.of(), Set.of(), Set.of(), false, Optional.empty(), Optional.empty(),
                Set.of());
        return new Scheme("price-change-" + id, 1, "促销调价 #" + id, new ScheduledPriceAdjustment(minor), null, 0, start,
                ProductScope.skus(prices.keySet()), audience, TimeWindow.between(start, end), Stacking.DEFAULT,
                Limits.NONE, Optional.empty());
    }
}
