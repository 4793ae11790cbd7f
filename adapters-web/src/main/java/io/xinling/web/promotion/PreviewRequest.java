package io.xinling.web.promotion;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/promotions/preview}. Amounts are decimal strings in {@code currency}; {@code memberId}
 * is the customer's id (per-customer limits, coupons issued to the member).
 */
record PreviewRequest(String store, String channel, String at, String currency, Long memberId, Member member,
                      List<String> couponCodes,
                      Long points, String tender, String shippingFee, String periodVolume,
                      Map<String, List<String>> giftChoices, List<Line> lines, List<Map<String, Object>> schemes) {

    record Member(String level, List<String> tags, Integer previousOrders, String birthday) {
    }

    record Line(Integer lineNo, String sku, List<String> categories, String brand, String unitPrice, String quantity,
                Boolean promotable, Boolean memberDiscountExcluded, Floor floor) {
    }

    record Floor(String minUnitPrice, String minPayRate, String minMargin, String unitCost) {
    }
}
