package io.xinling.web.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the catalog and inventory routes; amounts and quantities as decimal strings. */
final class InventoryDtos {

    private InventoryDtos() {
    }

    record ProductRequest(String code, String name, Map<String, String> names, String defaultLanguage, Long categoryId,
                          Long brandId, List<String> images, List<SkuRequest> skus) {
    }

    record CategoryRequest(String code, String name, Map<String, String> names, String defaultLanguage, Long parentId) {
    }

    record CategoryResponse(long id, String code, String name, Map<String, String> names, String defaultLanguage,
                            Long parentId, List<Long> path) {
    }

    record BrandRequest(String code, String name, Map<String, String> names, String defaultLanguage) {
    }

    record BrandResponse(long id, String code, String name, Map<String, String> names, String defaultLanguage) {
    }

    record SkuRequest(String code, String name, Map<String, String> attributes, String baseUnit, List<UnitRequest> units,
                      List<BarcodeRequest> barcodes, String tracking, Integer shelfLifeDays, String taxRate,
                      String referenceCost, Boolean batchCosting, Boolean zeroCostAllowed) {
    }

    record UnitRequest(String unit, String factor) {
    }

    record BarcodeRequest(String code, String unit) {
    }

    record ProductResponse(long id, String code, String name, Map<String, String> names, String defaultLanguage,
                           Long categoryId, Long brandId, List<String> images, List<SkuResponse> skus) {
    }

    record SkuResponse(long id, long productId, String code, String name, Map<String, String> attributes,
                       String baseUnit, List<UnitRequest> units, List<BarcodeRequest> barcodes, String tracking,
                       Integer shelfLifeDays, String taxRate, String referenceCost, boolean batchCosting,
                       boolean zeroCostAllowed) {
    }

    record BarcodeResponse(String code, long skuId, String unit) {
    }

    record WarehouseRequest(String code, String name, String kind, Long branchId, Boolean allowNegativeStock) {
    }

    record WarehouseResponse(long id, String code, String name, String kind, long branchId, Boolean allowNegativeStock) {
    }

    /** A draft's new business date (ISO). */
    record RedateRequest(String date) {
    }

    record DocumentRequest(String kind, String date, String time, Long warehouseId, Long toWarehouseId, String purpose,
                           Long referenceDocumentId, String amount, String basis, String note, List<LineRequest> lines,
                           Long supplierId, Boolean abnormalLoss) {
    }

    record LineRequest(String role, Long skuId, String quantity, String unit, String batch, String producedOn,
                       String expiresOn, List<String> serials, String amount, String weight, Long saleDocumentId,
                       Integer saleLine, Integer saleLeg) {
    }

    record DocumentResponse(long id, String number, String kind, String status, LocalDate date, String time, Long warehouseId,
                            Long toWarehouseId, String purpose, Long referenceDocumentId, String amount, String basis,
                            String note, List<LineResponse> lines, List<MovementResponse> movements, Long supplierId,
                            List<String> flags, Boolean abnormalLoss) {
    }

    record LineResponse(int line, String role, long skuId, String quantity, String unit, String batch,
                        LocalDate producedOn, LocalDate expiresOn, List<String> serials, String amount, String weight,
                        Long saleDocumentId, Integer saleLine, Integer saleLeg) {
    }

    record MovementResponse(long documentId, int line, int leg, LocalDate date, Long warehouseId, Long transitOf,
                            long skuId, String batch, String kind, String quantity, String enteredQuantity,
                            String enteredUnit, String amount, String settlement, String quantityAfter,
                            String valueAfter, String basis, List<String> serials) {
    }

    record BalanceResponse(Long warehouseId, Long transitOf, long skuId, String batch, String quantity, String value,
                           String unitCost) {
    }

    record ExpiringResponse(Long warehouseId, long skuId, String batch, LocalDate expiresOn, String quantity) {
    }

    /** A serial's state: in-stock, issued or returned; where its last movement left it (a warehouse or in transit). */
    record SerialStateResponse(long skuId, String serial, String state, Long warehouseId, Long transitOf, LocalDate since,
                               long documentId, int line) {
    }

    /** A first-expired-first-out pick: take {@code quantity} base units of {@code batch}. */
    record FefoPickResponse(String batch, LocalDate producedOn, LocalDate expiresOn, String quantity) {
    }

    record ReservationRequest(Long warehouseId, Long skuId, String quantity, String reference) {
    }

    record ReservationResponse(long id) {
    }

    record AvailabilityResponse(long warehouseId, long skuId, String onHand, String reserved, String available) {
    }

    record PageResponse<T>(List<T> items, long total, int limit, int offset) {
    }

    record DocumentSummaryResponse(long id, String number, String kind, String status, LocalDate date, String time, Long warehouseId,
                                   Long toWarehouseId, String purpose, Long referenceDocumentId, String amount,
                                   String note, int lines) {
    }
}
