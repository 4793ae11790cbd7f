package io.xinling.domain.catalog;

import io.xinling.domain.kernel.DomainError;

/** Refusals of the catalog: unknown references, bad units and quantities, broken trees. */
public sealed interface CatalogError extends DomainError {

    record UnknownSku(SkuId sku) implements CatalogError {
        @Override public String code() { return "catalog.unknown-sku"; }
        @Override public String message() { return "no SKU " + sku; }
    }

    record UnknownUnit(SkuId sku, String unit) implements CatalogError {
        @Override public String code() { return "catalog.unknown-unit"; }
        @Override public String message() { return "SKU " + sku + " has no unit " + unit; }
    }

    record TooManyDecimals(SkuId sku, String quantity) implements CatalogError {
        @Override public String code() { return "catalog.too-many-decimals"; }
        @Override public String message() { return quantity + " of SKU " + sku + " has more than 6 decimals in base units"; }
    }

    record UnknownBarcode(String barcode) implements CatalogError {
        @Override public String code() { return "catalog.unknown-barcode"; }
        @Override public String message() { return "no SKU has barcode " + barcode; }
    }

    record DuplicateBarcode(String barcode, SkuId first, SkuId second) implements CatalogError {
        @Override public String code() { return "catalog.duplicate-barcode"; }
        @Override public String message() { return "barcode " + barcode + " is on SKU " + first + " and " + second; }
    }

    record CategoryCycle(CategoryId category) implements CatalogError {
        @Override public String code() { return "catalog.category-cycle"; }
        @Override public String message() { return "category " + category + " would become its own ancestor"; }
    }

    record UnknownCategory(CategoryId category) implements CatalogError {
        @Override public String code() { return "catalog.unknown-category"; }
        @Override public String message() { return "no category " + category; }
    }
}
