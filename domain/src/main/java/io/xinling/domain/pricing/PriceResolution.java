package io.xinling.domain.pricing;

import java.util.List;

/** The price that won, the list it came from, and every step of the resolution that led to it. */
public record PriceResolution(UnitPrice price, PriceList winner, List<PriceStep> steps) {

    public PriceResolution {
        steps = List.copyOf(steps);
    }
}
