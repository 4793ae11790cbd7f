package io.xinling.application.inventory;

import io.xinling.domain.kernel.TenantId;

import java.util.List;

/** Commands of the inventory documents, with amounts, quantities and dates as the client sent them. */
public final class DocumentCommands {

    private DocumentCommands() {
    }

    /** {@code supplierId}: the supplier (carrier) a landed cost is owed to, or null. */
    public record Create(TenantId tenant, String kind, String date, String time, Long warehouseId, Long toWarehouseId,
                         String purpose, Long referenceDocumentId, String amount, String basis, String note,
                         List<Line> lines, Long supplierId, Boolean abnormalLoss) {

        public Create(TenantId tenant, String kind, String date, String time, Long warehouseId, Long toWarehouseId,
                      String purpose, Long referenceDocumentId, String amount, String basis, String note,
                      List<Line> lines, Long supplierId) {
            this(tenant, kind, date, time, warehouseId, toWarehouseId, purpose, referenceDocumentId, amount, basis, note,
                    lines, supplierId, null);
        }

        public Create(TenantId tenant, String kind, String date, String time, Long warehouseId, Long toWarehouseId,
                      String purpose, Long referenceDocumentId, String amount, String basis, String note,
                      List<Line> lines) {
            this(tenant, kind, date, time, warehouseId, toWarehouseId, purpose, referenceDocumentId, amount, basis, note,
                    lines, null);
        }
    }

    public record Line(String role, Long skuId, String quantity, String unit, String batch, String producedOn,
                       String expiresOn, List<String> serials, String amount, String weight, Long saleDocumentId,
                       Integer saleLine, Integer saleLeg) {
    }
}
