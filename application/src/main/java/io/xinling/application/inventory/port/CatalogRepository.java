package io.xinling.application.inventory.port;

import io.xinling.application.inventory.Page;
import io.xinling.application.inventory.ProductView;
import io.xinling.domain.catalog.BarcodeMatch;
import io.xinling.domain.catalog.Product;
import io.xinling.domain.catalog.ProductId;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.kernel.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Products and their SKUs with units, barcodes and tracking. */
public interface CatalogRepository {

    long nextId();

    void save(TenantId tenant, Product product, List<Sku> skus);

    boolean productCodeTaken(TenantId tenant, String code);

    /** The codes among {@code codes} that a SKU of the tenant already has. */
    List<String> skuCodesTaken(TenantId tenant, Collection<String> codes);

    /** The barcodes among {@code codes} that are already on a SKU of the tenant. */
    List<String> barcodesTaken(TenantId tenant, Collection<String> codes);

    /** The product with its SKUs. */
    Optional<ProductView> findProduct(TenantId tenant, ProductId id);

    Optional<Sku> findSku(TenantId tenant, SkuId id);

    Optional<BarcodeMatch> findBarcode(TenantId tenant, String code);

    List<Sku> allSkus(TenantId tenant);

    /** Products whose code or name, or a SKU's code, name or barcode, contains {@code text} (any case); by code. */
    Page<ProductView> products(TenantId tenant,
            String text, int limit, int offset);

    /** SKUs whose code, name or a barcode contains {@code text} (any case); by code. */
    Page<Sku> skus(TenantId tenant, String text, int limit, int offset);

    /** The SKUs among {@code ids} that exist. */
    List<Sku> skus(TenantId tenant, Collection<Long> ids);
}
