package io.xinling.application.inventory;

import io.xinling.domain.kernel.TenantId;

import java.util.List;
import java.util.Map;

/** Commands of the catalog, with numbers as the client sent them. */
public final class CatalogCommands {

    private CatalogCommands() {
    }

    public record CreateProduct(TenantId tenant, String code, String name, Map<String, String> names,
                                String defaultLanguage, Long categoryId, Long brandId, List<String> images,
                                List<NewSku> skus) {
    }

    public record NewCategory(TenantId tenant, String code, String name, Map<String, String> names,
                              String defaultLanguage, Long parentId) {
    }

    /** Replaces the names and the parent (null: a root category) of category {@code id}; its code stays. */
    public record UpdateCategory(TenantId tenant, long id, String name, Map<String, String> names,
                                 String defaultLanguage, Long parentId) {
    }

    public record NewBrand(TenantId tenant, String code, String name, Map<String, String> names,
                           String defaultLanguage) {
    }

    public record NewSku(String code, String name, Map<String, String> attributes, String baseUnit,
                         List<UnitFactor> units, List<BarcodeUnit> barcodes, String tracking, Integer shelfLifeDays,
                         String taxRate, String referenceCost, Boolean batchCosting, Boolean zeroCostAllowed) {
    }

    public record UnitFactor(String unit, String factor) {
    }

    public record BarcodeUnit(String code, String unit) {
    }

    public record CreateWarehouse(TenantId tenant, String code, String name, String kind, Long branchId,
                                  Boolean allowNegativeStock) {
    }
}
