package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.catalog.BarcodeMatch;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.kernel.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Products, SKUs and barcodes; warehouses. */
public interface CatalogUseCases {

    Either<StockError, ProductView> createProduct(CatalogCommands.CreateProduct command);

    Either<StockError, ProductView> product(TenantId tenant, long id);

    Either<StockError, Sku> sku(TenantId tenant, long id);

    /** The SKUs among {@code ids} that exist, by id, read together (a document's lines' SKUs). */
    Map<Long, Sku> skus(TenantId tenant, Collection<Long> ids);

    /** Products (with their SKUs) matching {@code text} (blank: all), one page. */
    Either<StockError, Page<ProductView>> products(TenantId tenant, String text, int limit, int offset);

    /** SKUs matching {@code text} (blank: all), one page. */
    Either<StockError, Page<Sku>> skus(TenantId tenant, String text, int limit, int offset);

    Either<StockError, BarcodeMatch> barcode(TenantId tenant, String code);

    Either<StockError, WarehouseView> createWarehouse(CatalogCommands.CreateWarehouse command);

    Either<StockError, List<WarehouseView>> warehouses(TenantId tenant);
}
