package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;

import java.util.List;

/**
 * Something the customer may still take: gifts to pick ({@code GIFT_CHOICE}), add-on units at a price
 * ({@code ADD_ON}), or a near miss of a threshold ({@code NEAR_MISS}, with the amount still needed).
 */
public record Offer(String schemeId, Kind kind, List<String> skus, long quantity, Money amount, String message) {

    public enum Kind { GIFT_CHOICE, ADD_ON, NEAR_MISS }

    public Offer {
        skus = List.copyOf(skus);
    }
}
