package io.xinling.web.trade;

import java.util.List;

/** Request and response bodies of the purchase and sales documents. */
final class TradeDocumentDtos {

    private TradeDocumentDtos() {
    }

    record LineRequest(Long skuId, String quantity, String unit, String price, String discountPercent,
                       String taxRatePercent, Boolean gift, Integer deliveryLine, Integer receiptLine,
                       Integer orderLine, String batch, String producedOn, String expiresOn, List<String> serials) {
    }

    record DocumentRequest(Long partnerId, Long warehouseId, String date, String currency, String exchangeRate,
                           String priceEntry, String orderDiscount, Long deliveryId, Long receiptId, Long orderId,
                           String note, List<LineRequest> lines, Boolean estimated) {
    }

    record PageBody(List<DocumentBody> items, long total, int limit, int offset) {
    }

    record WaitingBody(long count, List<Long> ids) {
    }

    record RemindersBody(WaitingBody toApprove, WaitingBody toDeliver, WaitingBody toReceive, WaitingBody toPost,
                         WaitingBody toInvoice) {
    }

    record SettingsBody(Boolean allowUnreferencedPurchaseReturns, Boolean allowUnreferencedSalesReturns) {
    }

    /** One VAT rate of the tenant's table: a percent figure and its validity dates (validTo absent: open-ended). */
    record VatRateBody(String ratePercent, String validFrom, String validTo) {
    }

    record VatRatesBody(List<VatRateBody> rates) {
    }

    record LineBody(int line, long skuId, String quantity, String unit, String price, String discountPercent,
                    String taxRatePercent, boolean gift, Integer deliveryLine, Integer receiptLine, Integer orderLine,
                    String batch, String producedOn, String expiresOn, List<String> serials, String amount,
                    String net, String tax, String gross, String cost, String fulfilled) {
    }

    record DocumentBody(long id, String number, String kind, String status, long partnerId, long warehouseId, String date,
                        String currency, String exchangeRate, String priceEntry, String orderDiscount, Long deliveryId,
                        Long receiptId, Long orderId, String note, Long inventoryDocumentId, Long openItemId, String net, String tax, String gross,
                        String bookNet, String bookTax, String bookGross, String invoiced, String toInvoice,
                        List<LineBody> lines, Boolean estimated) {
    }

    /** One line of the supplier invoice of an estimated receipt: net or gross, rate, optionally the tax to check. */
    record InvoiceLineRequest(Integer line, String net, String gross, String tax, String taxRatePercent) {
    }

    record InvoiceRequest(String number, String date, String amount, List<InvoiceLineRequest> lines) {
    }

    record InvoiceLineBody(int line, String taxRatePercent, String net, String tax, String gross) {
    }

    record InvoiceBody(long id, long documentId, String number, String date, String amount, String currency,
                       boolean voided, List<InvoiceLineBody> lines, Long openItemId, Long stockDocumentId) {
    }
}
