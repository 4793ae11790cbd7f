package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.application.inventory.port.CatalogRepository;
import io.xinling.application.inventory.port.CategoryRepository;
import io.xinling.application.inventory.port.WarehouseRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.catalog.Barcode;
import io.xinling.domain.catalog.BarcodeMatch;
import io.xinling.domain.catalog.BrandId;
import io.xinling.domain.catalog.CatalogError;
import io.xinling.domain.catalog.ImageUrl;
import io.xinling.domain.catalog.CategoryId;
import io.xinling.domain.catalog.LocalizedName;
import io.xinling.domain.catalog.Product;
import io.xinling.domain.catalog.ProductId;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.BranchId;
import io.xinling.domain.inventory.Warehouse;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.WarehouseKind;
import io.xinling.domain.kernel.TenantId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Creates products with their SKUs, and warehouses; looks SKUs up by id and by barcode. */
public final class CatalogService implements CatalogUseCases {

    private final Transactor transactor;
    private final CatalogRepository catalog;
    private final WarehouseRepository warehouses;
    private final CategoryRepository categories;

    public CatalogService(Transactor transactor, CatalogRepository catalog, WarehouseRepository warehouses,
                          CategoryRepository categories) {
        this.transactor = transactor;
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.categories = categories;
    }

    @Override
    public Either<StockError, ProductView> createProduct(CatalogCommands.CreateProduct c) {
        if (c.code() == null || c.code().isBlank() || c.skus() == null || c.skus().isEmpty()) {
            return Either.left(new StockError.Invalid(c.code() == null ? "code" : "skus", "is required"));
        }
        Either<StockError, LocalizedName> name = Names.parse(c.name(), c.names(), c.defaultLanguage(), c.code());
        if (name.isLeft()) {
            return Either.left(name.getLeft());
        }
        List<String> images = c.images() == null ? List.of() : c.images();
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i) == null) {
                return Either.left(new StockError.Invalid("images[" + i + "]", "is null; every image is a URL"));
            }
            if (!ImageUrl.isValid(images.get(i))) {
                return Either.left(new StockError.Invalid("images[" + i + "]", "is an absolute http(s) URL"));
            }
        }
        if (c.categoryId() != null && c.categoryId() < 1) {
            return Either.left(new StockError.Invalid("categoryId", "is a category id"));
        }
        if (c.brandId() != null && c.brandId() < 1) {
            return Either.left(new StockError.Invalid("brandId", "is a brand id"));
        }
        Optional<CategoryId> category = Optional.ofNullable(c.categoryId()).map(CategoryId::new);
        Optional<BrandId> brand = Optional.ofNullable(c.brandId()).map(BrandId::new);
        return transactor.inTransaction(() -> {
            if (category.isPresent() && !categories.categoryExists(c.tenant(), category.get())) {
                return Either.left(StockError.of(new CatalogError.UnknownCategory(category.get())));
            }
            if (brand.isPresent() && categories.brand(c.tenant(), brand.get()).isEmpty()) {
                return Either.left(new StockError.Invalid("brandId", "no brand " + brand.get()));
            }
            ProductId productId = new ProductId(catalog.nextId());
            Product product = new Product(productId, c.code(), name.get(), category, brand, images);
            List<Sku> skus = new ArrayList<>();
            for (int i = 0; i < c.skus().size(); i++) {
                Either<StockError, Sku> sku = SkuParser.parse(catalog.nextId(), productId, c.skus().get(i), "skus[" + i + "]");
                if (sku.isLeft()) {
                    return Either.left(sku.getLeft());
                }
                skus.add(sku.get());
            }
            Optional<StockError> repeated = repeatedWithin(skus);
            if (repeated.isPresent()) {
                return Either.left(repeated.get());
            }
            return conflicts(c.tenant(), product, skus).map(ok -> {
                catalog.save(c.tenant(), product, skus);
                return new ProductView(product, skus);
            });
        });
    }

    /**
     * A SKU code or a barcode given twice in one request is a mistake in the request itself (422 naming the second one),
     * not a clash with what the tenant already has (409).
     */
    private static Optional<StockError> repeatedWithin(List<Sku> skus) {
        Set<String> codes = new HashSet<>();
        Set<String> barcodes = new HashSet<>();
        for (int i = 0; i < skus.size(); i++) {
            Sku sku = skus.get(i);
            if (!codes.add(sku.code())) {
                return Optional.of(new StockError.Invalid("skus[" + i + "].code",
                        sku.code() + " is given to an earlier SKU of this product"));
            }
            int b = 0;
            for (Barcode barcode : sku.barcodes().keySet()) {
                if (!barcodes.add(barcode.code())) {
                    return Optional.of(new StockError.Invalid("skus[" + i + "].barcodes[" + b + "].code",
                            barcode.code() + " is given twice in this product"));
                }
                b++;
            }
        }
        return Optional.empty();
    }

    private Either<StockError, Boolean> conflicts(TenantId tenant, Product product, List<Sku> skus) {
        if (catalog.productCodeTaken(tenant, product.code())) {
            return Either.left(new StockError.CodeConflict("product", product.code()));
        }
        List<String> codes = skus.stream().map(Sku::code).toList();
        List<String> takenCodes = catalog.skuCodesTaken(tenant, codes);
        if (!takenCodes.isEmpty()) {
            return Either.left(new StockError.CodeConflict("SKU", takenCodes.get(0)));
        }
        List<String> barcodes = skus.stream().flatMap(s -> s.barcodes().keySet().stream()).map(b -> b.code()).toList();
        List<String> taken = catalog.barcodesTaken(tenant, barcodes);
        if (!taken.isEmpty()) {
            return Either.left(new StockError.CodeConflict("barcode", taken.get(0)));
        }
        return Either.right(true);
    }

    @Override
    public Either<StockError, ProductView> product(TenantId tenant, long id) {
        return catalog.findProduct(tenant, new ProductId(id)).<Either<StockError, ProductView>>map(Either::right)
                .orElseGet(() -> Either.left(new StockError.NotFound("catalog", "product", Long.toString(id))));
    }

    @Override
    public Either<StockError, Sku> sku(TenantId tenant, long id) {
        return catalog.findSku(tenant, new SkuId(id)).<Either<StockError, Sku>>map(Either::right)
                .orElseGet(() -> Either.left(new StockError.NotFound("catalog", "sku", Long.toString(id))));
    }

    @Override
    public Map<Long, Sku> skus(TenantId tenant, Collection<Long> ids) {
        Map<Long, Sku> out = new HashMap<>();
        Optional<Map<Object, Object>> kept = transactor.kept();
        List<Long> missing = new ArrayList<>();
        for (long id : ids) {
            Object known = kept.map(k -> k.get(new SkuRead(tenant, id))).orElse(null);
            if (known instanceof Sku s) {
                out.put(id, s);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            catalog.skus(tenant, missing).forEach(s -> {
                out.put(s.id().value(), s);
                kept.ifPresent(k -> k.put(new SkuRead(tenant, s.id().value()), s));
            });
        }
        return out;
    }

    @Override
    public Either<StockError, BarcodeMatch> barcode(TenantId tenant, String code) {
        return catalog.findBarcode(tenant, code).<Either<StockError, BarcodeMatch>>map(Either::right)
                .orElseGet(() -> Either.left(new StockError.NotFound("catalog", "barcode", code)));
    }

    @Override
    public Either<StockError, WarehouseView> createWarehouse(CatalogCommands.CreateWarehouse c) {
        if (c.code() == null || c.code().isBlank()) {
            return Either.left(new StockError.Invalid("code", "is required"));
        }
        Optional<WarehouseKind> kind = kind(c.kind());
        if (kind.isEmpty()) {
            return Either.left(new StockError.Invalid("kind", "is one of central, store, third-party"));
        }
        if (c.branchId() != null && c.branchId() < 1) {
            return Either.left(new StockError.Invalid("branchId", "is a branch number (1 or more); 1 when not given"));
        }
        return transactor.inTransaction(() -> {
            if (warehouses.codeTaken(c.tenant(), c.code())) {
                return Either.left(new StockError.CodeConflict("warehouse", c.code()));
            }
            Warehouse w = new Warehouse(new WarehouseId(warehouses.nextId()), c.code(), kind.get(),
                    new BranchId(c.branchId() == null ? 1 : c.branchId()),
                    Optional.ofNullable(c.allowNegativeStock()));
            WarehouseView view = new WarehouseView(w, c.name() == null ? c.code() : c.name());
            warehouses.save(c.tenant(), view);
            transactor.kept().ifPresent(k -> k.remove(new WarehousesRead(c.tenant())));
            return Either.right(view);
        });
    }

    private static Optional<WarehouseKind> kind(String wire) {
        for (WarehouseKind k : WarehouseKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wire)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    @Override
    public Either<StockError, List<WarehouseView>> warehouses(TenantId tenant) {
        Optional<Map<Object, Object>> kept = transactor.kept();
        Object known = kept.map(k -> k.get(new WarehousesRead(tenant))).orElse(null);
        if (known instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<WarehouseView> read = (List<WarehouseView>) list;
            return Either.right(read);
        }
        List<WarehouseView> all = warehouses.all(tenant);
        kept.ifPresent(k -> k.put(new WarehousesRead(tenant), all));
        return Either.right(all);
    }

    /**
     * Keys under which a transaction keeps what it read of the catalog, for the next read in it (a document's checks,
     * batch picking and voucher each ask): a SKU or warehouse, once created, is never changed, and one this transaction
     * creates is read afresh.
     */
    private record WarehousesRead(TenantId tenant) {
    }

    private record SkuRead(TenantId tenant, long id) {
    }

    @Override
    public Either<StockError, Page<ProductView>> products(TenantId tenant, String text, int limit, int offset) {
        return Either.right(catalog.products(tenant, text == null ? "" : text.strip(), limit, offset));
    }

    @Override
    public Either<StockError, Page<Sku>> skus(TenantId tenant, String text, int limit, int offset) {
        return Either.right(catalog.skus(tenant, text == null ? "" : text.strip(), limit, offset));
    }
}
