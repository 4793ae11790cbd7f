package io.xinling.application.promotion.pricechange;

import io.xinling.domain.kernel.TenantId;

import java.util.List;

/** A new price-change document as written by the caller; the service names the first bad field. */
public record CreatePriceChange(TenantId tenant, List<String> stores, String start, String end, List<Line> lines,
                                String note) {

    public record Line(String sku, String price) {
    }
}
