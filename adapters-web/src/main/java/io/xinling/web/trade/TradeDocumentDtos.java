package io.xinling.web.trade;

import java.util.List;

/** Request and response bodies of the purchase and sales documents. */
final class TradeDocumentDtos {

    private TradeDocumentDtos() {
    }

    record LineRequest(Long skuId, String quantity, String unit, String price, String discountPercent,
                       String taxRatePercent, Boolean gift, Integer deliveryLine, Integer orderLine) {
    }

    record DocumentRequest(Long partnerId, Long warehouseId, String date, String currency, String exchangeRate,
                           String priceEntry, String orderDiscount, Long deliveryId, Long orderId, String note,
                           List<LineRequest> lines) {
    }

    record LineBody(int line, long skuId, String quantity, String unit, String price, String discountPercent,
                    String taxRatePercent, boolean gift, Integer deliveryLine, Integer orderLine, String amount,
                    String net, String tax, String gross, String cost, String fulfilled) {
    }

    record DocumentBody(long id, String kind, String status, long partnerId, long warehouseId, String date,
                        String currency, String exchangeRate, String priceEntry, String orderDiscount, Long deliveryId,
                        Long orderId, String note, Long inventoryDocumentId, Long openItemId, String net, String tax, String gross,
                        String bookNet, String bookTax, String bookGross, List<LineBody> lines) {
    }
}
