package io.xinling.application.trade;

import io.xinling.domain.kernel.TenantId;

import java.util.List;

/** Commands of the purchase and sales documents, with values as the client entered them. */
public final class TradeDocumentCommands {

    private TradeDocumentCommands() {
    }

    /**
     * Currency CNY and prices tax-exclusive unless stated; {@code deliveryId} only on a sales return; {@code estimated}
     * (may be null: false) only on a purchase receipt in CNY, posted before its supplier invoice (暂估入库).
     */
    public record Create(TenantId tenant, TradeKind kind, Long partnerId, Long warehouseId, String date,
                         String currency, String exchangeRate, String priceEntry, String orderDiscount,
                         Long deliveryId, Long orderId, String note, List<Line> lines, Boolean estimated) {

        public Create(TenantId tenant, TradeKind kind, Long partnerId, Long warehouseId, String date, String currency,
                      String exchangeRate, String priceEntry, String orderDiscount, Long deliveryId, Long orderId,
                      String note, List<Line> lines) {
            this(tenant, kind, partnerId, warehouseId, date, currency, exchangeRate, priceEntry, orderDiscount,
                    deliveryId, orderId, note, lines, null);
        }
    }

    /**
     * Quantity and price in {@code unit}; discount and tax rate in percent; {@code deliveryLine} 1-based; the batch
     * (dates as yyyy-MM-dd) and serials of the goods, when the SKU tracks them.
     */
    public record Line(Long skuId, String quantity, String unit, String price, String discountPercent,
                       String taxRatePercent, Boolean gift, Integer deliveryLine, Integer orderLine, String batch,
                       String producedOn, String expiresOn, List<String> serials) {

        /** A line that names no batch and no serials. */
        public Line(Long skuId, String quantity, String unit, String price, String discountPercent,
                    String taxRatePercent, Boolean gift, Integer deliveryLine, Integer orderLine) {
            this(skuId, quantity, unit, price, discountPercent, taxRatePercent, gift, deliveryLine, orderLine, null,
                    null, null, null);
        }
    }
}
