package io.xinling.domain.catalog;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Unit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The SKUs a ledger may move, with barcode look-up; barcodes are unique across SKUs. */
public final class Catalog {

    private final Map<SkuId, Sku> skus;
    private final Map<Barcode, BarcodeMatch> barcodes;

    private Catalog(Map<SkuId, Sku> skus, Map<Barcode, BarcodeMatch> barcodes) {
        this.skus = Map.copyOf(skus);
        this.barcodes = Map.copyOf(barcodes);
    }

    /** A catalog of the given SKUs, refused when a barcode is on two SKUs. */
    public static Either<CatalogError, Catalog> of(Collection<Sku> skus) {
        Map<SkuId, Sku> byId = new HashMap<>();
        Map<Barcode, BarcodeMatch> byCode = new HashMap<>();
        for (Sku sku : skus) {
            byId.put(sku.id(), sku);
            for (Map.Entry<Barcode, Unit> e : sku.barcodes().entrySet()) {
                BarcodeMatch previous = byCode.put(e.getKey(), new BarcodeMatch(sku.id(), e.getValue()));
                if (previous != null && !previous.sku().equals(sku.id())) {
                    return Either.left(new CatalogError.DuplicateBarcode(e.getKey().code(), previous.sku(), sku.id()));
                }
            }
        }
        return Either.right(new Catalog(byId, byCode));
    }

    public Either<CatalogError, Sku> sku(SkuId id) {
        Sku sku = skus.get(id);
        return sku == null ? Either.left(new CatalogError.UnknownSku(id)) : Either.right(sku);
    }

    public Optional<Sku> find(SkuId id) {
        return Optional.ofNullable(skus.get(id));
    }

    /** The SKU and unit a scanned barcode stands for. */
    public Either<CatalogError, BarcodeMatch> scan(Barcode code) {
        BarcodeMatch match = barcodes.get(code);
        return match == null ? Either.left(new CatalogError.UnknownBarcode(code.code())) : Either.right(match);
    }
}
